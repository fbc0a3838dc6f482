// How informative a word is, from its frequency rank in GloVe's background corpus (news and Wikipedia).
import { wordVectors } from './word-vectors.ts';

// Zipf's law: p(rank r) ≈ 1 / (r · H), with H ≈ ln(vocabulary) + γ for the 400k-word GloVe vocabulary.
const harmonic = Math.log(400_000) + 0.5772;

/** Estimated probability of a word in running news text; rare and unknown words get the floor. */
export function wordProbability(word: string): number {
  const rank = wordVectors().rank(word) ?? 200_000;
  return 1 / ((rank + 1) * harmonic);
}

/**
 * Information weight −log₂ p(w), capped for unknown words (names, typos) at the weight of rank 200,000.
 * "the" ≈ 3.6, "ceasefire" ≈ 17, an unknown name ≈ 21.
 */
export function informationWeight(word: string): number {
  return -Math.log2(wordProbability(word));
}

/** SIF weight a / (a + p(w)) of Arora et al. 2017, "A simple but tough-to-beat baseline for sentence embeddings". */
export function sifWeight(word: string, a = 1e-3): number {
  return a / (a + wordProbability(word));
}
