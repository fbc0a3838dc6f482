// `npm run eval`: every quality measurement of the project in one table. Reads ../shared/eval and
// ../shared/seeds when they exist and says what it skipped otherwise.
// Options: --quick (GloVe mode only: no sentence encoder), --shared DIR (default ../shared).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import type { SemanticMode } from '../src/align/scorer/model.ts';
import { evaluateAnalysis } from './analysis.ts';
import { cachedEncoder } from './encoder-cache.ts';
import { evaluateGenerated } from './generated.ts';
import { evaluateQuotes } from './quotes.ts';
import { type EvalRow, skipped } from './row.ts';
import { msrpCrossValidation, stsbCorrelation } from './scorer.ts';

export interface EvalOptions {
  /** The folder holding eval/ and seeds/ (the workplace's ../shared). */
  shared: string;
  modes: SemanticMode[];
  /** Size of the generated corpus; 0 to skip it. */
  generatedArticles: number;
  onProgress?: (what: string) => void;
}

/** Runs every measurement it has data for, in a fixed order; what it cannot find becomes a skipped row. */
export async function runEval(options: EvalOptions): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const repo = new URL('..', import.meta.url).pathname;
  const encode = cachedEncoder((done, total) => options.onProgress?.(`encoding sentences ${done}/${total}`));
  const msrp = `${options.shared}/eval/msrp/msr_paraphrase_train.txt`;
  const stsb = `${options.shared}/eval/stsb/dev.tsv`;
  const seeds = `${options.shared}/seeds`;
  options.onProgress?.('MSRP');
  rows.push(
    ...(existsSync(msrp)
      ? await msrpCrossValidation(msrp, options.modes, encode)
      : [skipped('paraphrase accuracy', 'MSRP train', `${msrp} not found`)]),
  );
  options.onProgress?.('STS-B');
  rows.push(
    ...(existsSync(stsb)
      ? await stsbCorrelation(stsb, options.modes, encode)
      : [skipped('similarity Pearson', 'STS-B dev', `${stsb} not found`)]),
  );
  const polnear = `${options.shared}/eval/polnear`;
  for (const part of ['train', 'dev'] as const) {
    options.onProgress?.(`PolNeAR ${part}`);
    rows.push(
      ...(existsSync(`${polnear}/${part}`)
        ? evaluateQuotes(polnear, part)
        : [skipped('quote F1', `PolNeAR ${part}`, `${polnear}/${part} not found`)]),
    );
  }
  options.onProgress?.('analyze');
  const folders: Array<[string, string, string]> = [
    ['seeds', seeds, 'seeds'],
    ['examples', `${repo}examples`, 'examples'],
    ['hard: tram', `${repo}test/fixtures/hard/tram`, 'tram'],
    ['hard: press conference', `${repo}test/fixtures/hard/press-conference`, 'press-conference'],
    ['hard: chain', `${repo}test/fixtures/hard/chain`, 'chain'],
    ['passages: lifts', `${repo}test/fixtures/passages/lift`, 'lift'],
    ['passages: compilation', `${repo}test/fixtures/passages/compilation`, 'compilation'],
    ['passages: chain', `${repo}test/fixtures/passages/chain`, 'passage-chain'],
    ['passages: undated family', `${repo}test/fixtures/passages/family`, 'family'],
  ];
  for (const [name, folder, expected] of folders) {
    rows.push(
      ...(existsSync(folder)
        ? await evaluateAnalysis(name, folder, `${repo}eval/expected/${expected}.json`)
        : [skipped('derivations', name, `${folder} not found`)]),
    );
  }
  if (options.generatedArticles > 0) {
    options.onProgress?.('generated corpus');
    rows.push(...(await evaluateGenerated(options.generatedArticles, 1)));
    options.onProgress?.('generated corpus with passage reuse');
    rows.push(...(await evaluateGenerated(options.generatedArticles, 1, true)));
  }
  return rows;
}

/** The table as text: one line per measurement, with its target and whether it is met. */
export function renderEvalTable(rows: EvalRow[]): string {
  const table = new Table({
    head: ['measurement', 'data', 'setting', 'value', 'target', ''],
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    const value = typeof r.value === 'number' ? r.value.toFixed(4) : r.value;
    const met =
      typeof r.value === 'number' && r.target !== undefined ? (r.value >= r.target ? 'met' : 'below') : '';
    table.push([r.measurement, r.data, r.setting, value, r.target?.toFixed(2) ?? '', met]);
  }
  return table.toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, shared: { type: 'string' }, generated: { type: 'string' } },
  });
  const shared = values.shared ?? new URL('../../shared', import.meta.url).pathname;
  const rows = await runEval({
    shared,
    modes: values.quick ? ['glove'] : ['glove', 'use'],
    generatedArticles: Number(values.generated ?? 300),
    onProgress: (what) => process.stderr.write(`${what}\n`),
  });
  console.log(renderEvalTable(rows));
}
