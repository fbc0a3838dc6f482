// How alike two sentences are in meaning and wording: the score alignment links on.
import type { SentenceFeatures } from '../represent/types.ts';
import { dot } from '../represent/vector-math.ts';
import { termOverlap } from './lexical.ts';

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
}

/**
 * Below this semantic similarity the lexical part is not computed: over the project's fixtures
 * and the seeds, 99.9% of sentence pairs scoring ≥ 0.5 have semantic similarity ≥ 0.45, and none
 * below 0.42. Skipping them makes alignment several times faster.
 */
export const minSemanticForLexical = 0.4;

/** Cosine of the sentence vectors: the encoder blended with SIF when both sentences have one. */
export function semanticSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  const sif = Math.max(0, dot(a.sif, b.sif));
  return a.use && b.use ? 0.6 * Math.max(0, dot(a.use, b.use)) + 0.4 * sif : sif;
}

/**
 * Scores a sentence pair: half lexical overlap, half semantic similarity, lowered when both
 * sentences state numbers and share none ("3 killed" vs "30 killed" are different facts), and when
 * both name people or places and share none (templated reports — results, earnings, weather —
 * reuse wording about other names; a rewrite keeps its names). Pairs below
 * `minSemanticForLexical` get their semantic half only.
 */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): SentenceSimilarity {
  const semantic = semanticSimilarity(a, b);
  if (semantic < minSemanticForLexical)
    return { score: 0.5 * semantic, lexical: 0, aInB: 0, bInA: 0, semantic };
  const overlap = termOverlap(a, b);
  const penalty = (clash(a.numbers, b.numbers) ? 0.9 : 1) * (clash(a.names, b.names) ? 0.85 : 1);
  const score = (0.5 * overlap.dice + 0.5 * semantic) * penalty;
  return { score, lexical: overlap.dice, aInB: overlap.aInB, bInA: overlap.bInA, semantic };
}

/** Both sentences state some, and they share none. */
function clash(x: string[], y: string[]): boolean {
  return x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
}
