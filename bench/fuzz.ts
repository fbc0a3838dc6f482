// The fuzz harness (issue 19): generated malformed and hostile inputs of every format, each run beside three good articles.
// Prints crashes, hangs, inputs without a diagnostic, good articles lost, peak RSS and the slowest input.
// Usage: node --import tsx bench/fuzz.ts [--inputs 1000] [--batch 8] [--concurrency 2] [--seed 19]   (npm run bench:fuzz)
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { fuzzInputs, generators, prepareInputs } from './fuzz/inputs.ts';
import { fuzz } from './fuzz/run.ts';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: '19' },
  },
});

await prepareInputs();
const count = Number(values.inputs);
const summary = await fuzz(fuzzInputs(count, Number(values.seed)), {
  batchSize: Number(values.batch),
  concurrency: Number(values.concurrency),
  onBatch: (done) => process.stderr.write(`\r${done}/${count} inputs`),
});
process.stderr.write('\n');

const kinds = new Table({
  head: ['kind', 'inputs', 'articles', 'slowest ms', 'diagnostics (inputs per code)'],
});
for (const kind of Object.keys(generators)) {
  const k = summary.kinds[kind];
  if (!k) continue;
  const codes = Object.entries(k.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code.replace('NT_INGEST_', '')} ${n}`)
    .join(', ');
  kinds.push([kind, k.inputs, k.articles, k.maxMs, codes]);
}
console.log(kinds.toString());
const table = new Table({ head: ['figure', 'value', 'goal'] });
table.push(
  [
    `inputs (runs of up to ${values.batch}, each beside 3 good articles)`,
    `${summary.inputs} (${summary.batches} runs)`,
    '≥ 1000',
  ],
  ['crashes (exit 3 or a signal)', summary.crashes.length, 0],
  ['hangs (a run killed, or an input read past its budget)', summary.hangs.length, 0],
  ['inputs without a diagnostic (and without an article)', summary.silent.length, 0],
  ['good articles lost', summary.goodLost, 0],
  ['runs whose exit code disagrees with their diagnostics', summary.exitMismatches, 0],
  ['peak RSS of a run', `${summary.peakRssMb} MB`, '< 1024 MB'],
  ['slowest input to read', `${summary.slowest.ms} ms (${summary.slowest.kind})`, ''],
  ['wall time', `${summary.seconds} s`, ''],
);
console.log(table.toString());
for (const [label, list] of [
  ['crash', summary.crashes],
  ['hang', summary.hangs],
  ['silent', summary.silent],
] as const)
  for (const line of list.slice(0, 20)) console.log(`${label}: ${line.replace(/\n/g, '\\n')}`);
const failed =
  summary.crashes.length +
  summary.hangs.length +
  summary.silent.length +
  summary.goodLost +
  summary.exitMismatches;
process.exitCode = failed > 0 || summary.peakRssMb >= 1024 ? 1 : 0;
