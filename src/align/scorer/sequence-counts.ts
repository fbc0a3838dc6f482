// The n-gram counts of a sentence that pair features compare, computed once per sentence: in
// alignment one sentence meets dozens of others.
import type { SentenceFeatures } from '../../represent/types.ts';
import { charNgrams, ngrams } from './ngrams.ts';

/** Multiset of n-grams with their total count. */
export interface Counts {
  map: Map<string, number>;
  size: number;
}

export interface SequenceCounts {
  words: Counts;
  stems: Counts;
  char3: Counts;
  char4: Counts;
  /** Stem n-grams by order: [1] unigrams … [4] four-grams ([0] unused). */
  stemGrams: Counts[];
}

const cache = new WeakMap<SentenceFeatures, SequenceCounts>();

/** The counts of a sentence, cached on the features object. */
export function sequenceCounts(f: SentenceFeatures): SequenceCounts {
  let c = cache.get(f);
  if (!c) {
    c = {
      words: countsOf(f.words),
      stems: countsOf(f.stems),
      char3: countsOf(charNgrams(f.words, 3)),
      char4: countsOf(charNgrams(f.words, 4)),
      stemGrams: [0, 1, 2, 3, 4].map((n) => countsOf(n === 0 ? [] : ngrams(f.stems, n))),
    };
    cache.set(f, c);
  }
  return c;
}

export function countsOf(items: string[]): Counts {
  const map = new Map<string, number>();
  for (const x of items) map.set(x, (map.get(x) ?? 0) + 1);
  return { map, size: items.length };
}

/** Size of the multiset intersection. */
export function common(a: Counts, b: Counts): number {
  const [small, large] = a.map.size <= b.map.size ? [a, b] : [b, a];
  let n = 0;
  for (const [k, v] of small.map) {
    const w = large.map.get(k);
    if (w !== undefined) n += Math.min(v, w);
  }
  return n;
}

/** Multiset Dice: 2|A∩B| / (|A|+|B|); 1 when both are empty. */
export function diceOfCounts(a: Counts, b: Counts): number {
  return a.size + b.size === 0 ? 1 : (2 * common(a, b)) / (a.size + b.size);
}

/** BLEU-style geometric mean of +1-smoothed modified 1- to 4-gram precisions of `candidate` against `reference`. */
export function bleuOfCounts(candidate: SequenceCounts, reference: SequenceCounts): number {
  let logSum = 0;
  for (let n = 1; n <= 4; n++) {
    const c = candidate.stemGrams[n] as Counts;
    logSum += Math.log((common(c, reference.stemGrams[n] as Counts) + 1) / (c.size + 1));
  }
  return Math.exp(logSum / 4);
}
