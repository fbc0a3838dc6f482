// The normalize stage: Unicode, quotes, dashes and whitespace made uniform, with a map back.
import type { RawArticle } from '../ingest/types.ts';
import { doubledQuote, invisible, normalizeChar, spaceLike } from './characters.ts';
import { type OffsetMap, OffsetMapBuilder } from './offset-map.ts';
import { singleQuotesAsPrimary } from './primary-quotes.ts';
import { quoteStyle } from './quote-style.ts';

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
 * (see characters.ts): every convention of quotation marks becomes “…” with ‘…’ inside, whether the
 * article writes `''…''`, ``` ``…'' ```, `"…"`, `«…»`, `»…«`, `„…“` or quotes in single marks
 * (quote-style.ts, primary-quotes.ts). Line structure is kept: paragraphs are decided by segment.
 */
export function normalizeText(original: string): { text: string; offsets: OffsetMap } {
  const style = quoteStyle(original);
  const out = new OffsetMapBuilder();
  const pieces: string[] = [];
  let last = '';
  const emit = (piece: string, at: number) => {
    out.push(piece, at);
    pieces.push(piece);
    last = piece[piece.length - 1] as string;
  };
  // Spaces and line breaks are held back until a visible character follows, so none trail a line
  // or the text: at most one blank line (two breaks) survives between paragraphs.
  let pendingSpace = -1;
  let pendingBreaks: number[] = [];
  const flushPending = () => {
    if (last !== '') {
      if (pendingBreaks.length > 0) for (const b of pendingBreaks) emit('\n', b);
      else if (pendingSpace >= 0) emit(' ', pendingSpace);
    }
    pendingBreaks = [];
    pendingSpace = -1;
  };
  let i = 0;
  while (i < original.length) {
    const at = i;
    // Fast path: a run of printable ASCII that no rule changes, single spaces between, is kept as is.
    if (keptAsIs(original, i)) {
      flushPending();
      let end = i + 1;
      for (;;) {
        if (keptAsIs(original, end)) end++;
        else if (original.charCodeAt(end) === 0x20 && keptAsIs(original, end + 1)) end += 2;
        else break;
      }
      emit(original.slice(i, end), at);
      i = end;
      continue;
    }
    const doubled = doubledQuote(original, i, pendingSpace >= 0 || pendingBreaks.length > 0 ? ' ' : last);
    if (doubled.length > 0) {
      flushPending();
      emit(doubled.marks, at);
      i += doubled.length;
      continue;
    }
    const ch = nfcCluster(original, i);
    i += ch.raw.length;
    if (invisible.test(ch.text)) continue;
    if (ch.text === '\n') {
      pendingSpace = -1;
      if (pendingBreaks.length < 2) pendingBreaks.push(at);
      continue;
    }
    if (ch.text === ' ' || spaceLike.test(ch.text)) {
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    flushPending();
    const next = i < original.length ? nfcCluster(original, i).raw : '';
    emit(normalizeChar(ch.text, last, /\s/.test(next) ? ' ' : next, style), at);
  }
  // Same length in, same length out: the offset map stays true.
  return { text: singleQuotesAsPrimary(pieces.join('')), offsets: out.runs };
}

/** ASCII characters that normalizeChar may replace: straight quotes and the backtick. */
const rewritten = new Set(['"', "'", '`'].map((c) => c.charCodeAt(0)));

/** Printable ASCII that no rule changes, not followed by a combining mark (all ≥ U+0300). */
function keptAsIs(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code > 0x20 && code < 0x7f && !rewritten.has(code) && !(text.charCodeAt(at + 1) >= 0x300);
}

// A cluster is a base character with its combining marks, so NFC can compose "e\u0301" → "é".
const cluster = /\r\n?|[^\p{M}][\p{M}]*|[\p{M}]+/uy;

/** The cluster at `at` as written, and in NFC with line breaks as \n. */
function nfcCluster(text: string, at: number): { raw: string; text: string } {
  cluster.lastIndex = at;
  const raw = (cluster.exec(text) as RegExpExecArray)[0];
  return { raw, text: raw === '\r\n' || raw === '\r' ? '\n' : raw.normalize('NFC') };
}

/** Normalises one article, keeping its text as read for offsets and display. */
export function normalize(article: RawArticle): NormalizedArticle {
  const { text, offsets } = normalizeText(article.text);
  return { ...article, original: article.text, text, offsets };
}
