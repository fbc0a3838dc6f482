// Reads a saved web page: its character set, the article body (Readability over linkedom) and its metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Diagnostic, diagnostic } from '../../errors.ts';
import { decodeText } from '../decode.ts';
import type { RawArticle } from '../types.ts';
import { pageMetadata } from './html-metadata.ts';
import type { Reader } from './types.ts';

/**
 * The character set an HTML page declares: a BOM, else `<meta charset>` or `http-equiv` in its first
 * 1,024 bytes, else `fallback` (an HTTP header's charset), else UTF-8 (the web's default today).
 */
export function declaredCharset(bytes: Uint8Array, fallback = 'utf-8'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return (m ? (m[1] as string) : fallback).toLowerCase();
}

/** Decodes a page in its declared charset; invalid bytes are reported, not replaced. */
export function decodeHtml(
  bytes: Uint8Array,
  path: string,
  fallbackCharset?: string,
): { text: string } | { problem: Diagnostic } {
  const charset = declaredCharset(bytes, fallbackCharset);
  if (charset === 'utf-8' || charset === 'utf8') return decodeText(bytes, path);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return {
      problem: diagnostic('NT_INGEST_BAD_CHARSET', 'ingest/html', path, `unknown charset "${charset}"`),
    };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: diagnostic('NT_INGEST_BAD_CHARSET', 'ingest/html', path, `invalid ${charset} bytes`) };
  }
}

/** Block elements whose text becomes a paragraph of the article. */
const blocks = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption';

/**
 * The paragraphs of an HTML fragment (an article body, a feed entry's content): each block element's
 * text, innermost blocks only. With `loose`, a fragment without blocks is one paragraph of its text
 * (feed entries often hold bare text); a page's body without blocks has no article.
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
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as unknown as Parameters<typeof pageMetadata>[0]);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
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
  read(bytes, path, id) {
    const decoded = decodeHtml(bytes, path);
    return ['problem' in decoded ? decoded.problem : htmlArticle(decoded.text, path, id)];
  },
};
