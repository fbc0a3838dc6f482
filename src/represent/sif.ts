// Sentence vectors from GloVe word vectors: SIF weighting with the common component removed.

import { type WordVectors, wordVectors } from './word-vectors.ts';
import { sifWeight } from './word-weights.ts';

let common: Float32Array | undefined;

/**
 * The direction shared by all text (Arora et al. remove it because it encodes frequency, not meaning):
 * here the frequency-weighted mean direction of the 20,000 most frequent words (Zipf frequencies),
 * so it does not depend on the input.
 */
function commonComponent(table: WordVectors): Float32Array {
  if (common) return common;
  const sum = new Float32Array(table.dims);
  for (let rank = 0; rank < Math.min(20_000, table.size); rank++) {
    const v = table.vector(table.wordAt(rank) as string);
    if (!v) continue;
    const weight = 1 / (rank + 1);
    for (let d = 0; d < table.dims; d++) (sum[d] as number) += weight * (v[d] as number);
  }
  common = unit(sum);
  return common;
}

/** Unit SIF vector of a sentence's lowercased words; a zero vector when no word is known. */
export function sifVector(words: string[]): Float32Array {
  const table = wordVectors();
  const sum = new Float32Array(table.dims);
  for (const word of words) {
    const rank = table.rank(word);
    if (rank === undefined) continue;
    const v = table.vectorAt(rank);
    const w = sifWeight(rank);
    for (let d = 0; d < table.dims; d++) (sum[d] as number) += w * (v[d] as number);
  }
  const u = commonComponent(table);
  let dot = 0;
  for (let d = 0; d < table.dims; d++) dot += (sum[d] as number) * (u[d] as number);
  for (let d = 0; d < table.dims; d++) (sum[d] as number) -= dot * (u[d] as number);
  return unit(sum);
}

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < v.length; d++) (v[d] as number) /= n;
  return v;
}
