// L2-regularised logistic regression: deterministic training (Newton's method) and prediction.

/** A trained model: standardisation of each feature, then weights and bias. Plain data (JSON). */
export interface LogisticModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Probability of the positive class for one feature vector. */
export function predictLogistic(model: LogisticModel, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z +=
      (model.weights[i] as number) *
      (((x[i] as number) - (model.mean[i] as number)) / (model.scale[i] as number));
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits weights by Newton–Raphson on the L2-penalised log-likelihood (the bias is not penalised).
 * Features are standardised first. With the same data it returns the same model: no randomness.
 * `l2` is the penalty per unit of squared weight; `iterations` at most (it stops when the step is tiny).
 */
export function fitLogistic(
  features: string[],
  x: number[][],
  y: number[],
  options: { l2?: number; iterations?: number } = {},
): LogisticModel {
  const l2 = options.l2 ?? 1;
  const d = features.length;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + (r[j] as number), 0) / n);
  const scale = Array.from({ length: d }, (_, j) => {
    const v = x.reduce((s, r) => s + ((r[j] as number) - (mean[j] as number)) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  const z = x.map((r) => [...r.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number)), 1]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i] as number[];
      const p = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * (w[j] as number), 0)));
      const r = p - (y[i] as number);
      const h = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        (grad[j] as number) += r * (row[j] as number);
        const hj = hess[j] as number[];
        for (let k = 0; k <= j; k++) hj[k] = (hj[k] as number) + h * (row[j] as number) * (row[k] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      (grad[j] as number) += l2 * (w[j] as number);
      (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
    }
    for (let j = 0; j <= d; j++)
      for (let k = j + 1; k <= d; k++) (hess[j] as number[])[k] = (hess[k] as number[])[j] as number;
    const step = solve(hess, grad);
    w = w.map((v, j) => v - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { features, mean, scale, weights: w.slice(0, d), bias: w[d] as number };
}

/** Solves A·x = b for a symmetric positive definite A (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      (l[i] as number[])[j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / ((l[j] as number[])[j] as number);
    }
  }
  const yv = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (yv[k] as number);
    yv[i] = s / ((l[i] as number[])[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = yv[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}
