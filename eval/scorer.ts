// Quality of the sentence-pair scorer: cross-validated paraphrase accuracy on MSRP, and the
// correlation of its graded score with STS-B's human similarity ratings.

import { scorePair } from '../src/align/scorer/index.ts';
import { type SemanticMode, variantFeatures } from '../src/align/scorer/model.ts';
import type { Encoder } from '../src/align/scorer/text-pairs.ts';
import { crossValidate } from './cross-validate.ts';
import { accuracy, f1, pearson, spearman } from './metrics.ts';
import { loadPairData } from './pair-data.ts';
import type { EvalRow } from './row.ts';

/** 10-fold cross-validated accuracy and F1 of the training procedure, per semantic mode. */
export async function msrpCrossValidation(
  path: string,
  modes: SemanticMode[],
  encode: Encoder,
): Promise<EvalRow[]> {
  const data = await loadPairData(path, modes.includes('use') ? 'use' : 'glove', encode);
  const labels = data.pairs.map((p) => p.label as number);
  return modes.flatMap((mode) => {
    const predicted = crossValidate(data.rows, labels, variantFeatures(mode)).map((p) => p >= 0.5);
    const what = `scorer (${mode}), 10-fold CV, ${labels.length} pairs`;
    return [
      {
        measurement: 'paraphrase accuracy',
        data: 'MSRP train',
        setting: what,
        value: accuracy(predicted, labels),
        target: 0.78,
      },
      { measurement: 'paraphrase F1', data: 'MSRP train', setting: what, value: f1(predicted, labels) },
    ];
  });
}

/** Pearson and Spearman of the bundled scorer's graded score against the gold similarity, per mode. */
export async function stsbCorrelation(
  path: string,
  modes: SemanticMode[],
  encode: Encoder,
): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const mode of modes) {
    const data = await loadPairData(path, mode, encode);
    const gold = data.pairs.map((p) => p.score as number);
    const scores = data.pairs.map((p) => scorePair(data.features(p.a), data.features(p.b)).score);
    const what = `graded score (${mode}), ${gold.length} pairs`;
    rows.push(
      {
        measurement: 'similarity Pearson',
        data: 'STS-B dev',
        setting: what,
        value: pearson(scores, gold),
        target: 0.8,
      },
      { measurement: 'similarity Spearman', data: 'STS-B dev', setting: what, value: spearman(scores, gold) },
    );
  }
  return rows;
}
