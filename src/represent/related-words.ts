// Near-synonym look-ups from the bundled table data/related-words.bin (GloVe cosine ≥ 0.6).
import { readFileSync } from 'node:fs';
import { decodeRelatedWords, type RelatedWords } from './related-words-file.ts';

let table: RelatedWords | undefined;

/**
 * The GloVe cosine of two words given by frequency rank when they are near neighbours
 * ("talks"/"negotiations" ≈ 0.7), else 0. Words ranked beyond the table's 50,000 have no neighbours.
 */
export function relatedness(rankA: number, rankB: number): number {
  table ??= decodeRelatedWords(readFileSync(new URL('../../data/related-words.bin', import.meta.url)));
  const ranks = table.ranks[rankA];
  if (!ranks || rankB < 0) return 0;
  let lo = 0;
  let hi = ranks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranks[mid] as number;
    if (r === rankB) return (table.cosines[rankA] as Float32Array)[mid] as number;
    if (r < rankB) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
