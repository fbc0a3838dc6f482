// Near-synonym look-ups from the bundled table data/related-words.bin (GloVe cosine ≥ 0.6).
import { readFileSync } from 'node:fs';
import { decodeRelatedWords, type RelatedWords } from './related-words-file.ts';

let table: RelatedWords | undefined;

/** A word's near neighbours: ranks ascending, with their cosines. */
export interface Neighbours {
  ranks: Uint16Array;
  cosines: Float32Array;
}

/**
 * The near neighbours of a word given by frequency rank; undefined when it has none (ranked beyond
 * the table's 50,000, or −1: a word that must match exactly).
 */
export function neighboursOf(rank: number): Neighbours | undefined {
  table ??= decodeRelatedWords(readFileSync(new URL('../../data/related-words.bin', import.meta.url)));
  const ranks = table.ranks[rank];
  return ranks && ranks.length > 0 ? { ranks, cosines: table.cosines[rank] as Float32Array } : undefined;
}

/** The cosine of a neighbour by its rank, else 0. */
export function cosineAmong(neighbours: Neighbours, rank: number): number {
  const { ranks } = neighbours;
  let lo = 0;
  let hi = ranks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranks[mid] as number;
    if (r === rank) return neighbours.cosines[mid] as number;
    if (r < rank) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
