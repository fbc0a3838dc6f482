// Where a quotation sits: the sentence holding an offset, and whether a token is inside a quoted piece.
import type { Sentence, Token } from '../segment/types.ts';
import type { Piece } from './pieces.ts';

/** Index of the sentence holding normalised offset `at` (the last one starting at or before it). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A test for "this token lies inside some quoted piece". */
export function pieceTest(pieces: Piece[]): (t: Token) => boolean {
  const sorted = [...pieces].sort((x, y) => x[0] - y[0]);
  return (t) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = sorted[mid] as Piece;
      if (t.end <= a) hi = mid - 1;
      else if (t.start >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
