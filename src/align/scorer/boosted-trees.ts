// Gradient-boosted regression trees for logistic loss, pointwise or listwise (one choice per group):
// small, deterministic, fast to train (histograms over quantile bins) and plain data to store.

/** One tree as flat arrays: node i splits on feature[i] at threshold[i], or is a leaf when feature[i] < 0. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface BoostedTrees {
  features: string[];
  base: number;
  learningRate: number;
  trees: Tree[];
}

export interface BoostOptions {
  /** Trees to grow. Default 200. */
  rounds?: number;
  /** Shrinkage per tree. Default 0.05. */
  learningRate?: number;
  /** Tree depth. Default 3. */
  depth?: number;
  /** L2 penalty on leaf values. Default 1. */
  lambda?: number;
  /** Least training rows in a leaf. Default 20. */
  minLeaf?: number;
  /** Candidate thresholds per feature (quantiles). Default 64. */
  bins?: number;
  /** What the trees are fitted to: each row's label (default), or one choice per group (`BoostLoss`). */
  loss?: BoostLoss;
}

/**
 * `logistic`: each row's own log loss against its label. `listwise`: rows sharing a `groups` value
 * compete for one choice, a softmax over their scores and an implicit "none of them" whose score
 * is 0; a group with k positive rows shares the target among them (1/k each), a group without one
 * has "none" as its target. Either way `predictBoosted` gives the sigmoid of a row's score, which
 * under `listwise` is the row's probability against "none" alone. Listwise suits choosing (a
 * quotation's speaker among its candidates): a wrong row is pushed down only as far as it is
 * preferred to the right one of its group.
 */
export type BoostLoss = { kind: 'logistic' } | { kind: 'listwise'; groups: number[] };

/** Probability of the positive class. */
export function predictBoosted(model: BoostedTrees, x: number[]): number {
  const { roots, feature, threshold, left, right, value } = flatTreesOf(model);
  let z = model.base;
  for (let t = 0; t < roots.length; t++) {
    let i = roots[t] as number;
    while ((feature[i] as number) >= 0)
      i =
        (x[feature[i] as number] as number) <= (threshold[i] as number)
          ? (left[i] as number)
          : (right[i] as number);
    z += model.learningRate * (value[i] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * A model's trees laid end to end in typed arrays, children as absolute node numbers: a prediction
 * walks a few hundred trees per row, and plain arrays of objects cost a look-up per node.
 */
interface FlatTrees {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const flat = new WeakMap<BoostedTrees, FlatTrees>();

/** The leaf value one tree gives a row (while fitting, a tree at a time). */
function leafValue(tree: Tree, x: number[]): number {
  let i = 0;
  while ((tree.feature[i] as number) >= 0) {
    i =
      (x[tree.feature[i] as number] as number) <= (tree.threshold[i] as number)
        ? (tree.left[i] as number)
        : (tree.right[i] as number);
  }
  return tree.value[i] as number;
}

function flatTreesOf(model: BoostedTrees): FlatTrees {
  const known = flat.get(model);
  if (known) return known;
  const nodes = model.trees.reduce((n, tree) => n + tree.feature.length, 0);
  const trees: FlatTrees = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(nodes),
    threshold: new Float64Array(nodes),
    left: new Int32Array(nodes),
    right: new Int32Array(nodes),
    value: new Float64Array(nodes),
  };
  let at = 0;
  for (const [t, tree] of model.trees.entries()) {
    trees.roots[t] = at;
    trees.feature.set(tree.feature, at);
    trees.threshold.set(tree.threshold, at);
    trees.left.set(
      tree.left.map((child) => at + child),
      at,
    );
    trees.right.set(
      tree.right.map((child) => at + child),
      at,
    );
    trees.value.set(tree.value, at);
    at += tree.feature.length;
  }
  flat.set(model, trees);
  return trees;
}

/**
 * Fits trees by second-order boosting (as XGBoost does, without sampling): each tree fits the
 * gradient and Hessian of the loss (`BoostOptions.loss`, log loss by default), splits chosen from
 * per-feature quantile thresholds. Same data, same options → same model.
 */
export function fitBoosted(
  features: string[],
  x: number[][],
  y: number[],
  options: BoostOptions = {},
): BoostedTrees {
  const {
    rounds = 200,
    learningRate = 0.05,
    depth = 3,
    lambda = 1,
    minLeaf = 20,
    bins = 64,
    loss = { kind: 'logistic' },
  } = options;
  const n = x.length;
  if (loss.kind === 'listwise' && loss.groups.length !== n)
    throw new Error(`fitBoosted: ${loss.groups.length} groups for ${n} rows`);
  const d = features.length;
  const thresholds = Array.from({ length: d }, (_, j) =>
    quantileCuts(
      x.map((r) => r[j] as number),
      bins,
    ),
  );
  // bin[j][i]: index of the first threshold ≥ x[i][j], so "x ≤ threshold[t]" ⇔ bin ≤ t.
  const bin = thresholds.map((cuts, j) => Int16Array.from(x, (r) => binOf(cuts, r[j] as number)));
  const positives = y.reduce((s, v) => s + v, 0);
  // Listwise starts every row level with "none" (score 0): the softmax, not the base, sets the rate.
  const base = loss.kind === 'logistic' ? Math.log((positives + 1) / (n - positives + 1)) : 0;
  const score = new Float64Array(n).fill(base);
  const gradients = loss.kind === 'logistic' ? logisticGradients : listwiseGradients(loss.groups);
  const trees: Tree[] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < rounds; round++) {
    gradients(score, y, g, h);
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    grow(tree, [...Array(n).keys()], depth);
    trees.push(tree);
    for (let i = 0; i < n; i++) (score[i] as number) += learningRate * leafValue(tree, x[i] as number[]);

    function grow(t: Tree, rows: number[], levels: number): number {
      const node = t.feature.length;
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i] as number;
        H += h[i] as number;
      }
      t.feature.push(-1);
      t.threshold.push(0);
      t.left.push(-1);
      t.right.push(-1);
      t.value.push(-G / (H + lambda));
      if (levels === 0 || rows.length < 2 * minLeaf) return node;
      let best = { gain: 1e-9, feature: -1, cut: -1 };
      for (let j = 0; j < d; j++) {
        const cuts = thresholds[j] as number[];
        const hg = new Float64Array(cuts.length + 1);
        const hh = new Float64Array(cuts.length + 1);
        const hc = new Int32Array(cuts.length + 1);
        const bj = bin[j] as Int16Array;
        for (const i of rows) {
          const b = bj[i] as number;
          (hg[b] as number) += g[i] as number;
          (hh[b] as number) += h[i] as number;
          (hc[b] as number)++;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let c = 0; c < cuts.length; c++) {
          gl += hg[c] as number;
          hl += hh[c] as number;
          cl += hc[c] as number;
          if (cl < minLeaf || rows.length - cl < minLeaf) continue;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
          if (gain > best.gain) best = { gain, feature: j, cut: c };
        }
      }
      if (best.feature < 0) return node;
      const bj = bin[best.feature] as Int16Array;
      const leftRows = rows.filter((i) => (bj[i] as number) <= best.cut);
      const rightRows = rows.filter((i) => (bj[i] as number) > best.cut);
      t.feature[node] = best.feature;
      t.threshold[node] = (thresholds[best.feature] as number[])[best.cut] as number;
      t.left[node] = grow(t, leftRows, levels - 1);
      t.right[node] = grow(t, rightRows, levels - 1);
      return node;
    }
  }
  return { features, base, learningRate, trees };
}

/** Writes a loss's gradient and Hessian at each row's score into `g` and `h`. */
type Gradients = (score: Float64Array, y: number[], g: Float64Array, h: Float64Array) => void;

/** The log loss of each row against its label. */
function logisticGradients(score: Float64Array, y: number[], g: Float64Array, h: Float64Array): void {
  for (let i = 0; i < score.length; i++) {
    const p = 1 / (1 + Math.exp(-(score[i] as number)));
    g[i] = p - (y[i] as number);
    h[i] = p * (1 - p);
  }
}

/** The softmax loss of each group (rows with one `groups` value) with "none" at score 0. */
function listwiseGradients(groups: number[]): Gradients {
  const members = new Map<number, number[]>();
  groups.forEach((group, i) => {
    const list = members.get(group);
    if (list) list.push(i);
    else members.set(group, [i]);
  });
  return (score, y, g, h) => {
    for (const list of members.values()) {
      let z = 1;
      let right = 0;
      for (const i of list) {
        z += Math.exp(score[i] as number);
        right += y[i] as number;
      }
      for (const i of list) {
        const p = Math.exp(score[i] as number) / z;
        g[i] = p - (right > 0 ? (y[i] as number) / right : 0);
        // The diagonal of the softmax Hessian, kept off zero so a leaf's value stays finite.
        h[i] = Math.max(1e-6, p * (1 - p));
      }
    }
  };
}

/** Distinct quantile cut points of a column (at most `bins`). */
function quantileCuts(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let k = 1; k < bins; k++) cuts.add(sorted[Math.floor((k / bins) * (sorted.length - 1))] as number);
  return [...cuts].sort((a, b) => a - b);
}

function binOf(cuts: number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
