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
  const chars = [...original.matchAll(/\r\n?|[^\p{M}][\p{M}]*|[\p{M}]+/gu)];
  // Spaces and line breaks are held back until a visible character follows, so none trail a line
  // or the text: at most one blank line (two breaks) survives between paragraphs.
  let pendingSpace = -1;
  let pendingBreaks: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const m = chars[i] as RegExpMatchArray;
    const at = m.index as number;
    let ch = (m[0] as string).normalize('NFC');
    if (ch === '\r\n' || ch === '\r') ch = '\n';
    if (invisible.test(ch)) continue;
    if (ch === '\n') {
      pendingSpace = -1;
      if (pendingBreaks.length < 2) pendingBreaks.push(at);
      continue;
    }
    if (ch === ' ' || spaceLike.test(ch)) {
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    if (text !== '') {
      if (pendingBreaks.length > 0) for (const b of pendingBreaks) emit('\n', b);
      else if (pendingSpace >= 0) emit(' ', pendingSpace);
    }
    pendingBreaks = [];
    pendingSpace = -1;
    const next = chars[i + 1]?.[0] ?? '';
    ch = normalizeChar(ch, text[text.length - 1] ?? '', /\s/.test(next) ? ' ' : next);
    emit(ch, at);
  }
  return { text, offsets: out.runs };
}

/** Normalises one article, keeping its text as read for offsets and display. */
export function normalize(article: RawArticle): NormalizedArticle {
  const { text, offsets } = normalizeText(article.text);
  return { ...article, original: article.text, text, offsets };
}
