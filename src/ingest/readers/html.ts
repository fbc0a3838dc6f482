// Reads a saved web page: its character set, the article body (Readability over linkedom) and its metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Diagnostic, diagnostic } from '../../errors.ts';
import { type Declaration, type Decoded, type DecodeOptions, decodeText } from '../decode.ts';
import type { RawArticle } from '../types.ts';
import { pageMetadata } from './html-metadata.ts';
import { markupTooComplex } from './markup-limits.ts';
import type { Reader } from './types.ts';

/**
 * The character set a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, in
 * its first 1,024 bytes (read as Latin-1), as browsers look for it; undefined when it declares none.
 */
export function metaCharset(head: string): Declaration | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head.slice(0, 1024));
  return m ? { charset: m[1] as string, by: '<meta charset>' } : undefined;
}

/**
 * Decodes a page through the one decoding chain (decode.ts): its BOM, else its `<meta charset>`, else
 * `options.charset` (an HTTP header's charset or `--charset`), else UTF-8, else a guess with a warning.
 * Bytes invalid in a declared charset are reported, not replaced.
 */
export function decodeHtml(
  bytes: Uint8Array,
  path: string,
  options: Pick<DecodeOptions, 'charset' | 'charsetBy'> = {},
): Decoded | { problem: Diagnostic } {
  return decodeText(bytes, path, { ...options, declared: metaCharset, source: 'ingest/html' });
}

/** Block elements whose text becomes a paragraph of the article. */
const blocks = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption';

/**
 * The paragraphs of an HTML fragment (an article body, a feed entry's content): each block element's
 * text, innermost blocks only. With `loose`, a fragment without blocks is one paragraph of its text
 * (feed entries often hold bare text); a page's body without blocks has no article. The caller checks
 * the fragment against the limits of markup-limits.ts first.
 */
export function fragmentParagraphs(html: string, loose = false): string[] {
  const body = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const flat = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
  const paragraphs = [...body.querySelectorAll(blocks)]
    // Nested blocks (a p inside a blockquote) would repeat their text: keep the innermost.
    .filter((el) => !el.querySelector(blocks))
    .map((el) => flat(el.textContent))
    .filter((t) => t !== '');
  if (paragraphs.length > 0 || !loose) return paragraphs;
  return [flat(body.body?.textContent ?? '')].filter((t) => t !== '');
}

/**
 * The article in a page's HTML: Readability finds the body; each block becomes a paragraph; the
 * metadata comes from the page's head (read before Readability, which rewrites the document).
 */
export function htmlArticle(html: string, path: string, id: string): RawArticle | Diagnostic {
  // Readability's time grows with depth squared: too deep or too large a page is refused unparsed.
  const tooComplex = markupTooComplex(html, path, 'ingest/html');
  if (tooComplex) return tooComplex;
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as unknown as Parameters<typeof pageMetadata>[0]);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (error) {
    // Readability refuses what linkedom made of text without markup (no document element).
    return diagnostic('NT_INGEST_NO_ARTICLE', 'ingest/html', path, (error as Error).message);
  }
  if (!parsed?.content) return diagnostic('NT_INGEST_NO_ARTICLE', 'ingest/html', path);
  const byline = parsed.byline?.trim() || meta.byline;
  // The byline line ("By Ana Ruiz") is metadata, not the article's first sentence.
  const isByline = (t: string) =>
    byline !== undefined && t.replace(/^by\s+/i, '') === byline.replace(/^by\s+/i, '');
  const text = fragmentParagraphs(parsed.content)
    .filter((t) => !isByline(t))
    .join('\n\n');
  if (!/[\p{L}\p{N}]/u.test(text)) return diagnostic('NT_INGEST_NO_ARTICLE', 'ingest/html', path);
  if (!meta.title && parsed.title) meta.title = parsed.title;
  if (!meta.byline && byline) meta.byline = byline.replace(/^by\s+/i, '');
  return { id, path, text, meta };
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (head) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head),
  read(bytes, path, id, options = {}) {
    const decoded = decodeHtml(bytes, path, options);
    if ('problem' in decoded) return [decoded.problem];
    const article = htmlArticle(decoded.text, path, id);
    return decoded.warning ? [decoded.warning, article] : [article];
  },
};
