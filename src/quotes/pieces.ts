// Finds the quoted pieces of a text and groups them into quotations (continued over paragraphs or split by an attribution).
import type { ParagraphSpan } from '../segment/paragraphs.ts';

/** A contiguous run of quoted text in the normalised text, without its marks: [start, end). */
export type Piece = [number, number];

/**
 * The quoted pieces of each paragraph. Normalisation has turned every double quote into a curly
 * one with a direction (“ opens, ” closes), so a piece is what lies between the two; single quotes
 * inside stay part of the piece (nested quotations). A quote still open when its paragraph ends
 * closes there: news style leaves it open when the next paragraph continues the same speech
 * (see `quotations`), and an unbalanced mark should not swallow the rest of the article.
 * Returns, per paragraph, its pieces and whether its last piece was left open.
 */
export function quotedPieces(paragraphs: ParagraphSpan[]): Array<{ pieces: Piece[]; openAtEnd: boolean }> {
  return paragraphs.map(({ text, start }) => {
    const pieces: Piece[] = [];
    let open = -1;
    // Quote marks inside markup left in the text (`<tweet id="…">`) are attribute values, not speech.
    const markup = [...text.matchAll(/<\/?[A-Za-z][^<>\n]*>/g)].map((m) => [m.index, m.index + m[0].length]);
    for (let i = 0; i < text.length; i++) {
      const inside = markup.find(([a, b]) => i >= (a as number) && i < (b as number));
      if (inside) {
        i = (inside[1] as number) - 1;
        continue;
      }
      const ch = text[i];
      const after = text[i + 1] ?? '';
      if (ch === '“') {
        // A “ glued to the word before it closes a quote whose mark was typed the wrong way round.
        if (open >= 0 && i > 0 && /[\p{L}\p{N}.,!?]/u.test(text[i - 1] as string)) {
          pieces.push([start + open, start + i]);
          open = -1;
        } else open = i + 1;
      } else if (ch === '”') {
        if (open >= 0) {
          pieces.push([start + open, start + i]);
          open = -1;
        } else if (/[\p{L}\p{N}]/u.test(after)) open = i + 1; // ”word: an opening mark typed as a closing one
      }
    }
    const openAtEnd = open >= 0;
    if (openAtEnd) pieces.push([start + open, start + text.length]);
    return { pieces: pieces.map((p) => trim(p, text, start)).filter(([s, e]) => e > s), openAtEnd };
  });
}

/** Leading and trailing spaces off a piece. */
function trim([s, e]: Piece, text: string, offset: number): Piece {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a - offset] as string)) a++;
  while (b > a && /\s/.test(text[b - 1 - offset] as string)) b--;
  return [a, b];
}

/** Longest text between two pieces that can still be an attribution splitting one quotation. */
const maxGap = 90;

/**
 * Groups pieces into quotations:
 * - a paragraph whose last quote is left open, followed by a paragraph that opens with a quote, is
 *   one quotation running over both (the news convention for a speech over several paragraphs);
 * - `“We are ready,” she said, “and we will act.”`: two pieces with a short attribution between
 *   them (`isAttributionGap`) are one quotation, when the first piece ends with a comma or dash,
 *   i.e. the sentence inside the quote goes on.
 */
export function quotations(
  text: string,
  paragraphs: ParagraphSpan[],
  isAttributionGap: (gap: string) => boolean,
): Piece[][] {
  const perParagraph = quotedPieces(paragraphs);
  const groups: Piece[][] = [];
  let carry: Piece[] | null = null;
  perParagraph.forEach(({ pieces, openAtEnd }, p) => {
    const paragraph = paragraphs[p] as ParagraphSpan;
    pieces.forEach((piece, k) => {
      const previous = groups[groups.length - 1];
      const continues = carry && k === 0 && text[paragraph.start] === '“';
      if (continues && carry) carry.push(piece);
      else if (previous && k > 0 && splitByAttribution(text, previous[previous.length - 1] as Piece, piece))
        previous.push(piece);
      else groups.push([piece]);
      carry = null;
    });
    carry = openAtEnd && pieces.length > 0 ? (groups[groups.length - 1] as Piece[]) : null;
  });
  return groups;

  function splitByAttribution(all: string, first: Piece, second: Piece): boolean {
    const gap = all.slice(first[1] + 1, second[0] - 1);
    if (gap.length > maxGap || gap.includes('\n')) return false;
    const inner = all.slice(first[0], first[1]);
    return /[,—-]$/.test(inner) && isAttributionGap(gap);
  }
}
