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
 * Most line breaks inside blocks fall mid-sentence: the line before lacks sentence-final
 * punctuation and the line after starts in lowercase ("…the river\nfell"). A headline over a
 * sentence ("Fares rise\n“Why?” she asked.") is not a wrapped line.
 */
function isHardWrapped(blocks: string[]): boolean {
  let breaks = 0;
  let midSentence = 0;
  for (const block of blocks) {
    const lines = block.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      breaks++;
      if (!/[.!?:”"’')\]]\s*$/.test(lines[i] as string) && /^\s*\p{Ll}/u.test(lines[i + 1] as string))
        midSentence++;
    }
  }
  return breaks > 0 && midSentence * 2 > breaks;
}
