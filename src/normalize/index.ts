// The normalize stage: Unicode, quotes, dashes and whitespace made uniform, with a map back.
import type { RawArticle } from '../ingest/types.ts';
import { invisible, normalizeChar, spaceLike } from './characters.ts';
import { type OffsetMap, OffsetMapBuilder } from './offset-map.ts';

export { type OffsetMap, toOriginalOffset } from './offset-map.ts';

/** An article whose text is normalised; `offsets` maps its positions back to `original`. */
export interface NormalizedArticle extends RawArticle {
  /** The text as read, kept for offsets and display. */
  original: string;
  offsets: OffsetMap;
}

/**
 * Normalises text: NFC, CRLF → LF, every space-like character → one space, runs of spaces collapsed,
 * spaces at line ends dropped, more than one blank line → one, quotes and dashes unified
 * (see characters.ts). Line structure is kept: paragraphs are decided by segment.
 */
export function normalizeText(original: string): { text: string; offsets: OffsetMap } {
  const out = new OffsetMapBuilder();
  let text = '';
  const emit = (piece: string, at: number) => {
    out.push(piece, at);
    text += piece;
  };
  // A cluster is a base character with its combining marks, so NFC can compose "e\u0301" → "é".
  const clusters = original.matchAll(/\r\n?|[^\p{M}][\p{M}]*|[\p{M}]+/gu);
  let prev = '';
  let pendingSpace = -1;
  const chars = [...clusters];
  for (let i = 0; i < chars.length; i++) {
    const m = chars[i] as RegExpMatchArray;
    const at = m.index as number;
    let ch = (m[0] as string).normalize('NFC');
    if (ch === '\r\n' || ch === '\r') ch = '\n';
    if (invisible.test(ch)) continue;
    if (ch === ' ' || spaceLike.test(ch)) {
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    if (ch === '\n') {
      pendingSpace = -1;
      // Keep at most one blank line: "\n\n\n" → "\n\n".
      if (text === '' || text.endsWith('\n\n')) continue;
      emit('\n', at);
      prev = '\n';
      continue;
    }
    if (pendingSpace >= 0) {
      if (text !== '' && !text.endsWith('\n')) emit(' ', pendingSpace);
      pendingSpace = -1;
    }
    const next = chars[i + 1]?.[0] ?? '';
    const before = text === '' ? '' : prev === '\n' ? ' ' : (text[text.length - 1] as string);
    ch = normalizeChar(ch, before, /[\s]/.test(next) ? ' ' : next);
    emit(ch, at);
    prev = ch;
  }
  while (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, offsets: out.runs };
}

/** Normalises one article, keeping its text as read for offsets and display. */
export function normalize(article: RawArticle): NormalizedArticle {
  const { text, offsets } = normalizeText(article.text);
  return { ...article, original: article.text, text, offsets };
}
