// Near-synonym look-ups from the bundled table data/related-words.bin (GloVe cosine ≥ 0.6).
import { readFileSync } from 'node:fs';
import { decodeRelatedWords, type RelatedWords } from './related-words-file.ts';

let table: RelatedWords | undefined;

/** A word's near neighbours: ranks ascending, with their cosines. */
export interface Neighbours {
  ranks: Uint16Array;
  cosines: Float32Array;
  /**
   * Bit `rank % 1024` set for each neighbour: most words a term is tested against are not its
   * neighbours, and one bit test rules out ~90% of them before the search.
   */
  mask: Uint32Array;
}

const maskBits = 1024;
/** Neighbour lists with their masks, made on first use. */
const withMasks = new Map<number, Neighbours>();

/**
 * The near neighbours of a word given by frequency rank; undefined when it has none (ranked beyond
 * the table's 50,000, or −1: a word that must match exactly).
 */
export function neighboursOf(rank: number): Neighbours | undefined {
  table ??= decodeRelatedWords(readFileSync(new URL('../../data/related-words.bin', import.meta.url)));
  const ranks = table.ranks[rank];
  if (!ranks || ranks.length === 0) return undefined;
  let neighbours = withMasks.get(rank);
  if (!neighbours) {
    const mask = new Uint32Array(maskBits / 32);
    for (const r of ranks) (mask[(r % maskBits) >> 5] as number) |= 1 << (r & 31);
    neighbours = { ranks, cosines: table.cosines[rank] as Float32Array, mask };
    withMasks.set(rank, neighbours);
  }
  return neighbours;
}

/** The cosine of a neighbour by its rank, else 0. */
export function cosineAmong(neighbours: Neighbours, rank: number): number {
  if ((((neighbours.mask[(rank % maskBits) >> 5] as number) >>> (rank & 31)) & 1) === 0) return 0;
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
