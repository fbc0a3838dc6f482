// Lexical similarity of two sentences: weighted overlap of content terms, with soft matches.
import { relatedness } from '../represent/related-words.ts';
import type { SentenceFeatures } from '../represent/types.ts';

/** How much of each sentence's weighted content the other one has, and the two combined. */
export interface TermOverlap {
  /** Weighted share of a's terms matched in b (1 when b contains all of a's content). */
  aInB: number;
  /** Weighted share of b's terms matched in a. */
  bInA: number;
  /** Weighted Dice coefficient of the two. */
  dice: number;
}

/**
 * Soft overlap of content terms: every term of each sentence is matched to its best counterpart in
 * the other (1 for the same stem, the word-vector cosine for a near-synonym such as
 * "talks"/"negotiations"), weighted by information weight so names and rare words count most.
 */
export function termOverlap(a: SentenceFeatures, b: SentenceFeatures): TermOverlap {
  const [ma, ta] = matchedWeight(a, b);
  const [mb, tb] = matchedWeight(b, a);
  return {
    aInB: ta === 0 ? 0 : ma / ta,
    bInA: tb === 0 ? 0 : mb / tb,
    dice: ta + tb === 0 ? 0 : (ma + mb) / (ta + tb),
  };
}

function matchedWeight(x: SentenceFeatures, y: SentenceFeatures): [number, number] {
  let matched = 0;
  let total = 0;
  x.terms.forEach((term, i) => {
    const w = x.weights[i] as number;
    total += w;
    matched += w * bestMatch(term, x.ranks[i] as number, y);
  });
  return [matched, total];
}

/** 1 for the same stem in `other`, else the best near-synonym cosine (≥ 0.6), else 0. */
function bestMatch(term: string, rank: number, other: SentenceFeatures): number {
  if (other.terms.includes(term)) return 1;
  if (rank < 0) return 0;
  let best = 0;
  for (const r of other.ranks) best = Math.max(best, relatedness(rank, r));
  return best;
}

/** Share of word bigrams of the shorter sentence found in the other: 1 for a verbatim copy. */
export function bigramContainment(a: SentenceFeatures, b: SentenceFeatures): number {
  const grams = (w: string[]) => new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
  const ga = grams(a.words);
  const gb = grams(b.words);
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  if (small.size === 0) return a.words.join(' ') === b.words.join(' ') ? 1 : 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}
