// How alike two sentences are in meaning and wording: the score alignment links on.
import type { SentenceFeatures } from '../represent/types.ts';
import { dot } from '../represent/vector-math.ts';
import { bigramContainment, termOverlap } from './lexical.ts';

/** A scored sentence pair, with the parts of the score kept for evidence and passage labels. */
export interface SentenceSimilarity {
  /** Combined similarity, 0–1. */
  score: number;
  /** Weighted soft overlap of content terms (Dice). */
  lexical: number;
  /** Weighted share of a's content found in b, and of b's in a (for merged and split sentences). */
  aInB: number;
  bInA: number;
  /** Cosine of sentence vectors (sentence encoder blended with GloVe SIF when both exist). */
  semantic: number;
  /** Share of shared word bigrams: 1 for a verbatim copy, low for a paraphrase. */
  verbatim: number;
}

/**
 * Scores a sentence pair: half lexical overlap, half semantic similarity, lowered when both
 * sentences state numbers and share none ("3 killed" vs "30 killed" are different facts).
 */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): SentenceSimilarity {
  const overlap = termOverlap(a, b);
  const sif = Math.max(0, dot(a.sif, b.sif));
  const semantic = a.use && b.use ? 0.6 * Math.max(0, dot(a.use, b.use)) + 0.4 * sif : sif;
  const numbersClash =
    a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n));
  const score = (0.5 * overlap.dice + 0.5 * semantic) * (numbersClash ? 0.9 : 1);
  return {
    score,
    lexical: overlap.dice,
    aInB: overlap.aInB,
    bInA: overlap.bInA,
    semantic,
    verbatim: bigramContainment(a, b),
  };
}
