// Logistic regression on standardised features and all their pairwise products.
import { fitLogistic, type LogisticModel, predictLogistic } from './logistic.ts';

/** The standardisation of the raw features, and the logistic model over their expansion. */
export interface QuadraticModel {
  mean: number[];
  scale: number[];
  logistic: LogisticModel;
}

/** Standardises `x` and appends every product z_i·z_j (i ≤ j): d + d(d+1)/2 values. */
export function expandQuadratic(x: number[], mean: number[], scale: number[]): number[] {
  const z = x.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number));
  const out = [...z];
  for (let i = 0; i < z.length; i++)
    for (let j = i; j < z.length; j++) out.push((z[i] as number) * (z[j] as number));
  return out;
}

/** Probability of the positive class. */
export function predictQuadratic(model: QuadraticModel, x: number[]): number {
  return predictLogistic(model.logistic, expandQuadratic(x, model.mean, model.scale));
}

/** Fits the quadratic model (deterministic). `l2` as in fitLogistic; default 30 (chosen by 10-fold CV on MSRP). */
export function fitQuadratic(features: string[], x: number[][], y: number[], l2 = 30): QuadraticModel {
  const n = x.length;
  const mean = features.map((_, j) => x.reduce((s, r) => s + (r[j] as number), 0) / n);
  const scale = features.map(
    (_, j) => Math.sqrt(x.reduce((s, r) => s + ((r[j] as number) - (mean[j] as number)) ** 2, 0) / n) || 1,
  );
  const expanded = x.map((r) => expandQuadratic(r, mean, scale));
  const names = [...features];
  for (let i = 0; i < features.length; i++)
    for (let j = i; j < features.length; j++) names.push(`${features[i]}*${features[j]}`);
  return { mean, scale, logistic: fitLogistic(names, expanded, y, { l2, iterations: 15 }) };
}
