// What each feature (and group) adds to the scorer: 10-fold CV accuracy on MSRP train without it.
// Usage: node --import tsx eval/ablation.ts [path/to/msr_paraphrase_train.txt]  (~10 min)
import Table from 'cli-table3';
import { featureNames } from '../src/align/scorer/pair-features.ts';
import { crossValidate } from './cross-validate.ts';
import { cachedEncoder } from './encoder-cache.ts';
import { accuracy } from './metrics.ts';
import { loadPairData } from './pair-data.ts';

const path =
  process.argv[2] ?? new URL('../../shared/eval/msrp/msr_paraphrase_train.txt', import.meta.url).pathname;
const data = await loadPairData(path, 'use', cachedEncoder());
const labels = data.pairs.map((p) => p.label as number);
const all: string[] = [...featureNames];
const groups: Record<string, string[]> = {
  'WordNet (wordnetDice, meteor, meteorSoft)': ['wordnetDice', 'meteor', 'meteorSoft'],
  'GloVe neighbours (softDice, containMin/Max, meteorSoft)': [
    'softDice',
    'containMin',
    'containMax',
    'meteorSoft',
  ],
  'character n-grams': ['char3Dice', 'char4Dice'],
  'sentence vectors (sif, use)': ['sif', 'use'],
  'anchors and negation': [
    'numbersDiffer',
    'numbersDice',
    'namesDiffer',
    'namesDice',
    'negationDiffers',
    'extraNumbers',
    'extraNames',
  ],
};
const run = (features: string[]) =>
  accuracy(
    crossValidate(data.rows, labels, features).map((p) => p >= 0.5),
    labels,
  );
const full = run(all);
const table = new Table({ head: ['without', 'CV accuracy', 'change'], style: { head: [], border: [] } });
table.push(['(nothing: all features)', full.toFixed(4), '']);
const rows: Array<[string, string[]]> = [
  ...Object.entries(groups),
  ...all.map((f): [string, string[]] => [f, [f]]),
];
for (const [name, drop] of rows) {
  const acc = run(all.filter((f) => !drop.includes(f)));
  table.push([name, acc.toFixed(4), (acc - full >= 0 ? '+' : '') + (acc - full).toFixed(4)]);
  process.stderr.write(`${name}: ${acc.toFixed(4)}\n`);
}
console.log(table.toString());
