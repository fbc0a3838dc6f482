// Finds paragraph spans in normalised text.

/** A paragraph's text and where it starts in the normalised text. */
export interface ParagraphSpan {
  text: string;
  start: number;
}

/**
 * Splits text into paragraphs. Text with blank lines between blocks of several lines is hard-wrapped
 * (email, Markdown): blocks are paragraphs and their inner line breaks become spaces. Otherwise each
 * line is a paragraph, as news sites export them. Lengths are preserved, so offsets stay valid.
 */
export function paragraphs(text: string): ParagraphSpan[] {
  const blocks = text.split('\n\n');
  const multiLine = blocks.filter((b) => b.includes('\n')).length;
  const wrapped = blocks.length > 1 && multiLine >= blocks.length / 2;
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
