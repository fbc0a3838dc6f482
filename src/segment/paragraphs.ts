// Finds paragraph spans in normalised text.

/** A paragraph's text and where it starts in the normalised text. */
export interface ParagraphSpan {
  text: string;
  start: number;
}

/**
 * Splits text into paragraphs. Hard-wrapped text (email, Markdown) has blank lines between blocks
 * and lines that break mid-sentence: there blocks are paragraphs and their inner line breaks become
 * spaces. Otherwise each line is a paragraph, as news sites export them. Lengths are preserved, so
 * offsets stay valid.
 */
export function paragraphs(text: string): ParagraphSpan[] {
  const blocks = text.split('\n\n');
  const wrapped = blocks.length > 1 && isHardWrapped(blocks);
  const pieces = wrapped ? blocks : text.split(/\n+/);
  const spans: ParagraphSpan[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const start = text.indexOf(piece, cursor);
    cursor = start + piece.length;
    const body = wrapped ? piece.replace(/\n/g, ' ') : piece;
    if (/[\p{L}\p{N}]/u.test(body)) spans.push({ text: body, start });
  }
  return spans;
}

/**
 * Most lines that a block continues after are long and end without sentence-final punctuation:
 * "…the river\nfell". A short unpunctuated line is a headline, not a wrapped line.
 */
function isHardWrapped(blocks: string[]): boolean {
  const inner = blocks.flatMap((b) => b.split('\n').slice(0, -1));
  if (inner.length === 0) return false;
  const open = inner.filter((line) => line.length >= 40 && !/[.!?:”"’')\]]\s*$/.test(line)).length;
  return open * 2 > inner.length;
}
