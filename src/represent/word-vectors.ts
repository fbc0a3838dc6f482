// Word vectors and frequency ranks from the bundled GloVe table (data/word-vectors.bin).
import { readFileSync } from 'node:fs';
import { decodeWordVectors } from './word-vector-file.ts';

/** Look-ups on the bundled GloVe 100-d vectors of the 100,000 most frequent words. */
export interface WordVectors {
  dims: number;
  /** Number of words in the table. */
  size: number;
  /** 0-based frequency rank, or undefined for a word outside the table. */
  rank(word: string): number | undefined;
  /** The word at a frequency rank. */
  wordAt(rank: number): string | undefined;
  /** The word's unit vector (dequantised), or undefined. */
  vector(word: string): Float32Array | undefined;
  /** The unit vector of the word at a rank that `rank` gave. */
  vectorAt(rank: number): Float32Array;
}

let loaded: WordVectors | undefined;

/** Loads the table once per process (~60 ms). */
export function wordVectors(): WordVectors {
  loaded ??= load(new URL('../../data/word-vectors.bin', import.meta.url));
  return loaded;
}

function load(url: URL): WordVectors {
  const table = decodeWordVectors(readFileSync(url));
  const index = new Map<string, number>();
  table.words.forEach((w, i) => {
    if (!index.has(w)) index.set(w, i);
  });
  // Dequantised on first use, by rank.
  const vectors: Array<Float32Array | undefined> = new Array(table.words.length).fill(undefined);
  const vectorAt = (i: number): Float32Array => {
    let v = vectors[i];
    if (!v) {
      v = new Float32Array(table.dims);
      const scale = table.scales[i] as number;
      let norm = 0;
      for (let d = 0; d < table.dims; d++) {
        v[d] = (table.values[i * table.dims + d] as number) * scale;
        norm += (v[d] as number) ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < table.dims; d++) (v[d] as number) /= norm;
      vectors[i] = v;
    }
    return v;
  };
  return {
    dims: table.dims,
    size: table.words.length,
    rank: (word) => index.get(word),
    wordAt: (rank) => table.words[rank],
    vector(word) {
      const i = index.get(word);
      return i === undefined ? undefined : vectorAt(i);
    },
    vectorAt,
  };
}
