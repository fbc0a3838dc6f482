// Lexical similarity of two sentences: weighted overlap of content terms, with synonyms and near-synonyms.
import { cosineAmong, type Neighbours, neighboursOf } from '../represent/related-words.ts';
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

/** Which kinds of match count besides the same stem or lemma. */
export interface MatchRules {
  /** Lemmas sharing a WordNet synset ("buy"/"purchase") match fully. */
  synonyms: boolean;
  /** Near-synonyms from GloVe ("talks"/"negotiations") match by their cosine (≥ 0.6). */
  nearSynonyms: boolean;
}

/**
 * Weighted overlap of content terms: every term of each sentence is matched to its best
 * counterpart in the other — 1 for the same stem or lemma or (with `synonyms`) a WordNet synonym,
 * the GloVe cosine for a near-synonym (with `nearSynonyms`) — weighted by information weight so
 * names and rare words count most.
 */
export function termOverlap(a: SentenceFeatures, b: SentenceFeatures, rules: MatchRules): TermOverlap {
  const [ma, ta] = matchedWeight(a, b, rules);
  const [mb, tb] = matchedWeight(b, a, rules);
  return {
    aInB: ta === 0 ? 0 : ma / ta,
    bInA: tb === 0 ? 0 : mb / tb,
    dice: ta + tb === 0 ? 0 : (ma + mb) / (ta + tb),
  };
}

function matchedWeight(x: SentenceFeatures, y: SentenceFeatures, rules: MatchRules): [number, number] {
  const { neighbours } = termSets(x);
  const sets = termSets(y);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < x.terms.length; i++) {
    const w = x.weights[i] as number;
    total += w;
    matched += w * matchIn(x, i, neighbours[i], y, sets, rules);
  }
  return [matched, total];
}

/**
 * A sentence's terms, lemmas and synsets as sets, and its terms' near neighbours: a sentence is
 * matched against many others.
 */
interface TermSets {
  terms: Set<string>;
  lemmas: Set<string>;
  synsets: Set<number>;
  neighbours: Array<Neighbours | undefined>;
}

const termSetsOf = new WeakMap<SentenceFeatures, TermSets>();

function termSets(f: SentenceFeatures): TermSets {
  let sets = termSetsOf.get(f);
  if (!sets) {
    sets = {
      terms: new Set(f.terms),
      lemmas: new Set(f.lemmas),
      synsets: new Set(f.synsets.flat()),
      neighbours: f.ranks.map(neighboursOf),
    };
    termSetsOf.set(f, sets);
  }
  return sets;
}

/** How well term `i` of `x` is matched in `other`, 0–1, under `rules`. */
export function termMatch(
  x: SentenceFeatures,
  i: number,
  other: SentenceFeatures,
  rules: MatchRules,
): number {
  return matchIn(x, i, termSets(x).neighbours[i], other, termSets(other), rules);
}

function matchIn(
  x: SentenceFeatures,
  i: number,
  neighbours: Neighbours | undefined,
  other: SentenceFeatures,
  sets: TermSets,
  rules: MatchRules,
) {
  if (sets.terms.has(x.terms[i] as string) || sets.lemmas.has(x.lemmas[i] as string)) return 1;
  // A synset of the term shared with any term of the other sentence.
  if (rules.synonyms) for (const synset of x.synsets[i] as number[]) if (sets.synsets.has(synset)) return 1;
  if (!rules.nearSynonyms || !neighbours) return 0;
  let best = 0;
  for (let j = 0; j < other.terms.length; j++)
    best = Math.max(best, nearSynonymy(x, i, other, j, neighbours));
  return best;
}

/** Term `i` of `x` and term `j` of `y` share a WordNet synset ("buy"/"purchase"). */
export function areSynonymTerms(x: SentenceFeatures, i: number, y: SentenceFeatures, j: number): boolean {
  const s = x.synsets[i] as number[];
  const t = y.synsets[j] as number[];
  let p = 0;
  let q = 0;
  while (p < s.length && q < t.length) {
    const u = s[p] as number;
    const v = t[q] as number;
    if (u === v) return true;
    if (u < v) p++;
    else q++;
  }
  return false;
}

/**
 * The GloVe cosine of term `i` of `x` and term `j` of `y` when they are near neighbours (≥ 0.6),
 * else 0. Antonyms score 0: GloVe puts "rise" beside "fall", but one is a change of fact.
 */
export function nearSynonymy(
  x: SentenceFeatures,
  i: number,
  y: SentenceFeatures,
  j: number,
  neighbours: Neighbours | undefined = neighboursOf(x.ranks[i] as number),
): number {
  const rank = y.ranks[j] as number;
  const cosine = neighbours && rank >= 0 ? cosineAmong(neighbours, rank) : 0;
  return cosine > 0 && (x.antonyms[i] as string[]).includes(y.lemmas[j] as string) ? 0 : cosine;
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
