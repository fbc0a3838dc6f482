// k-fold cross-validation of the scorer's training procedure on labelled feature rows.
import { paraphraseProbability, trainVariant } from '../src/align/scorer/model.ts';

/**
 * Out-of-fold P(paraphrase) for every row: fold f holds the rows whose index ≡ f (mod k), so the
 * split is fixed and the figures reproducible.
 */
export function crossValidate(rows: number[][], labels: number[], features: string[], k = 10): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = rows.map((_, i) => i).filter((i) => i % k !== fold);
    const model = trainVariant(
      features,
      train.map((i) => rows[i] as number[]),
      train.map((i) => labels[i] as number),
    );
    for (let i = fold; i < rows.length; i += k) out[i] = paraphraseProbability(model, rows[i] as number[]);
  }
  return out;
}
