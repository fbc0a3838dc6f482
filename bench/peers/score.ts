// Scores the article pairs any tool found against a generated corpus's truth, with the same rules for
// every tool: pairs are unordered, so a tool that names no original (sim_text, Dolos) is not penalised
// for direction; newstrace's derivations go through here too, with direction dropped.
import { type CopyMethod, type Corpus, copyMethods, type TruthEdge } from '../corpus/generate.ts';

/** A pair of articles a tool reported as similar, in either order, with its similarity from 0 to 1. */
export interface FoundPair {
  a: string;
  b: string;
  score: number;
}

/** A copy method, or a lift split by how its paragraphs went in: the columns of recall by method. */
export type RecallKind = CopyMethod | 'liftVerbatim' | 'liftEdited';

/** What a tool got right and wrong at one threshold. */
export interface PairScore {
  threshold: number;
  /** Distinct unordered pairs at or above the threshold. */
  found: number;
  /** Of those, pairs that are an injected derivation (original and copy, in either order). */
  correct: number;
  /** correct / found; 1 when nothing was found. */
  precision: number;
  /** Injected derivations found / injected derivations. */
  recall: number;
  /** Recall of each method's edges (NaN when the corpus has none), lifts also by verbatim and edited. */
  recallByMethod: Record<RecallKind, number>;
  /**
   * The false positives by kind: two copies of one original ("siblings": related, but neither copied the
   * other), an independent report with its story's original or a copy of it ("sameStory"), two articles
   * of different stories written from one base text ("sameBase": most of their wording is the same, names
   * and figures aside), the two ends of a chain of copies ("indirect": the second was copied from a copy
   * of the first), and any other pair.
   */
  wrong: { siblings: number; sameStory: number; sameBase: number; indirect: number; other: number };
}

/** What scoring needs of a generated corpus; a corpus without passage-level reuse may leave out the rest. */
export type CorpusTruth = Pick<Corpus, 'truth' | 'sameStory' | 'baseOf'> &
  Partial<Pick<Corpus, 'indirect' | 'otherBasesOf'>>;

/** Every recall kind, in the order tables show them: a lift's two sub-kinds after lifts. */
export const recallKinds: readonly RecallKind[] = copyMethods.flatMap((method): RecallKind[] =>
  method === 'lift' ? ['lift', 'liftVerbatim', 'liftEdited'] : [method],
);

/** The recall kinds an edge counts in: its method, and for a lift also how its paragraphs went in. */
function kindsOf(edge: TruthEdge): RecallKind[] {
  if (edge.method !== 'lift') return [edge.method];
  return ['lift', edge.lifted?.verbatim ? 'liftVerbatim' : 'liftEdited'];
}

/**
 * Each article's stories: the originals it descends from, through copies of copies, compilations (two
 * sources) and independent reports (their story's original). An original is its own story.
 */
function storiesOf({ truth, sameStory }: CorpusTruth): (id: string) => Set<string> {
  const parents = new Map<string, string[]>();
  for (const t of truth) parents.set(t.copy, [...(parents.get(t.copy) ?? []), t.original]);
  for (const s of sameStory) parents.set(s.b, [...(parents.get(s.b) ?? []), s.a]);
  const memo = new Map<string, Set<string>>();
  const stories = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const up = parents.get(id);
    const found = up ? new Set(up.flatMap((p) => [...stories(p)])) : new Set([id]);
    memo.set(id, found);
    return found;
  };
  return stories;
}

/** Whether two sets share an item. */
function overlaps<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** One key for both orders of a pair. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The highest score of each unordered pair: sim_text reports "A in B" and "B in A" apart, and a pair
 * is as found as its better direction.
 */
export function bestPerPair(found: FoundPair[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { a, b, score } of found) {
    if (a === b) continue;
    const key = pairKey(a, b);
    if (score > (best.get(key) ?? Number.NEGATIVE_INFINITY)) best.set(key, score);
  }
  return best;
}

/**
 * Scores `found` against the corpus's injected derivations at `threshold`: a found pair is correct when
 * it is an injected (original, copy) pair in either order; anything else counts against precision,
 * independent same-story reports included. Pass a map from `bestPerPair` to score many thresholds
 * without redoing the merge.
 * @example scorePairs(pairs, corpus, 0.5).recallByMethod.verbatim
 */
export function scorePairs(
  found: FoundPair[] | Map<string, number>,
  corpus: CorpusTruth,
  threshold: number,
): PairScore {
  const { truth, sameStory, baseOf, indirect = [], otherBasesOf = {} } = corpus;
  const best = found instanceof Map ? found : bestPerPair(found);
  const kept = new Set([...best].filter(([, score]) => score >= threshold).map(([key]) => key));
  const derivations = new Map(truth.map((t) => [pairKey(t.original, t.copy), t.method]));
  const stories = storiesOf(corpus);
  const reports = new Set(sameStory.map((s) => s.b));
  const indirectPairs = new Set(indirect.map((p) => pairKey(p.a, p.b)));
  // A lift host's own report and a compilation's second source are written from further base texts.
  const basesOf = (id: string) =>
    new Set([baseOf[id], ...(otherBasesOf[id] ?? [])].filter((b) => b !== undefined));

  const wrong = { siblings: 0, sameStory: 0, sameBase: 0, indirect: 0, other: 0 };
  let correct = 0;
  for (const key of kept) {
    if (derivations.has(key)) {
      correct++;
      continue;
    }
    const [a = '', b = ''] = key.split('\u0000');
    if (indirectPairs.has(key)) wrong.indirect++;
    else if (!overlaps(stories(a), stories(b))) {
      if (overlaps(basesOf(a), basesOf(b))) wrong.sameBase++;
      else wrong.other++;
    } else if (reports.has(a) || reports.has(b)) wrong.sameStory++;
    else wrong.siblings++;
  }
  const recallByMethod = {} as Record<RecallKind, number>;
  for (const kind of recallKinds) {
    const edges = truth.filter((t) => kindsOf(t).includes(kind));
    const hits = edges.filter((t) => kept.has(pairKey(t.original, t.copy))).length;
    recallByMethod[kind] = edges.length === 0 ? Number.NaN : hits / edges.length;
  }
  return {
    threshold,
    found: kept.size,
    correct,
    precision: kept.size === 0 ? 1 : correct / kept.size,
    recall: truth.length === 0 ? 1 : correct / derivations.size,
    recallByMethod,
    wrong,
  };
}

/**
 * The threshold at which `found` scores the best F1 (harmonic mean of precision and recall) on this
 * corpus: tuned on the truth, so an upper bound of what a user who had to pick a threshold would get.
 * 0 when nothing was found.
 */
export function bestF1Threshold(found: Map<string, number>, { truth }: Pick<CorpusTruth, 'truth'>): number {
  const derivations = new Set(truth.map((t) => pairKey(t.original, t.copy)));
  const ranked = [...found].sort((x, y) => y[1] - x[1]);
  let [correct, bestF1, bestThreshold] = [0, -1, 0];
  for (let i = 0; i < ranked.length; i++) {
    const [key, score] = ranked[i] as [string, number];
    if (derivations.has(key)) correct++;
    // Only a cut between two different scores is a threshold.
    if (i + 1 < ranked.length && (ranked[i + 1] as [string, number])[1] === score) continue;
    const [precision, recall] = [correct / (i + 1), correct / Math.max(1, derivations.size)];
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > bestF1) [bestF1, bestThreshold] = [f1, score];
  }
  return bestThreshold;
}

/** A share (0–1) as a percentage for a table, "—" when there is none (nothing to recall). */
export function percentCell(x: number | undefined): string {
  return x === undefined || Number.isNaN(x) ? '—' : (x * 100).toFixed(1);
}
