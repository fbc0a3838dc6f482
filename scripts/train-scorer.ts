// Trains the sentence-pair scorer on MSRP's training pairs and writes data/sentence-scorer.json.
// Deterministic: the same data gives the same file. Usage:
//   node --import tsx scripts/train-scorer.ts [path/to/msr_paraphrase_train.txt]
// (default ../shared/eval/msrp/msr_paraphrase_train.txt; encodes ~8,000 sentences once, ~3 min,
// cached in node_modules/.cache/newstrace for later runs).
import { writeFileSync } from 'node:fs';
import { crossValidate } from '../eval/cross-validate.ts';
import { cachedEncoder } from '../eval/encoder-cache.ts';
import { accuracy, f1 } from '../eval/metrics.ts';
import { loadPairData } from '../eval/pair-data.ts';
import { type ScorerModel, trainVariant, variantFeatures } from '../src/align/scorer/model.ts';

const path =
  process.argv[2] ?? new URL('../../shared/eval/msrp/msr_paraphrase_train.txt', import.meta.url).pathname;
const threshold = 0.5;
const data = await loadPairData(
  path,
  'use',
  cachedEncoder((done, total) => process.stderr.write(`\rencoding ${done}/${total}`)),
);
const labels = data.pairs.map((p) => p.label as number);
const model: ScorerModel = {
  version: 1,
  threshold,
  glove: trainVariant(variantFeatures('glove'), data.rows, labels),
  use: trainVariant(variantFeatures('use'), data.rows, labels),
};
for (const mode of ['glove', 'use'] as const) {
  const p = crossValidate(data.rows, labels, variantFeatures(mode));
  const predicted = p.map((x) => x >= threshold);
  console.log(
    `${mode}: 10-fold CV on ${labels.length} pairs: accuracy ${accuracy(predicted, labels).toFixed(4)}, F1 ${f1(predicted, labels).toFixed(4)}`,
  );
}
// Six significant digits keep the file small and diffs readable; predictions change by < 1e-5.
const json = JSON.stringify(model, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v));
writeFileSync(new URL('../data/sentence-scorer.json', import.meta.url), `${json}\n`);
console.log(`wrote data/sentence-scorer.json (${(json.length / 1024).toFixed(0)} KB)`);
