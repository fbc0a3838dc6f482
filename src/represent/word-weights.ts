// How informative a word is, from its frequency rank in GloVe's background corpus (news and Wikipedia).

// Zipf's law: p(rank r) ≈ 1 / (r · H), with H ≈ ln(vocabulary) + γ for the 400k-word GloVe vocabulary.
const harmonic = Math.log(400_000) + 0.5772;

/**
 * Estimated probability of a word in running news text, from its frequency rank (undefined: outside
 * the table); rare and unknown words get the floor.
 */
export function rankProbability(rank: number | undefined): number {
  return 1 / (((rank ?? 200_000) + 1) * harmonic);
}

/**
 * Information weight −log₂ p(w) of a word by its rank, capped for unknown words (names, typos) at the
 * weight of rank 200,000. "the" ≈ 3.6, "ceasefire" ≈ 17, an unknown name ≈ 21.
 */
export function informationWeight(rank: number | undefined): number {
  return -Math.log2(rankProbability(rank));
}

/**
 * SIF weight a / (a + p(w)) of a word by its rank, after Arora et al. 2017, "A simple but
 * tough-to-beat baseline for sentence embeddings".
 */
export function sifWeight(rank: number | undefined, a = 1e-3): number {
  return a / (a + rankProbability(rank));
}
