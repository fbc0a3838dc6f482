// Reads RSS 2.0, RDF and Atom feeds (feedsmith): one article per entry, the feed's title as publisher.
import { parseFeed } from 'feedsmith';
import { type Diagnostic, diagnostic } from '../../errors.ts';
import { type Declaration, decodeText } from '../decode.ts';
import { maxFeedEntries, pastDeadline } from '../limits.ts';
import type { ArticleMeta, RawArticle } from '../types.ts';
import { fragmentParagraphs } from './html.ts';
import { markupTooComplex } from './markup-limits.ts';
import type { Reader } from './types.ts';

/** feedsmith gives some texts as strings and others (Atom) as `{ value }`. */
function textOf(x: unknown): string | undefined {
  const v =
    typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { value?: unknown }).value : undefined;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** An ISO 8601 time from RSS's RFC 822 dates or Atom's ISO ones; undefined when unreadable. */
function isoTime(x: unknown): string | undefined {
  const s = textOf(x);
  if (!s) return undefined;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? undefined : /^\d{4}-\d\d-\d\d/.test(s) ? s : t.toISOString();
}

type Entry = Record<string, unknown>;
const field = (o: Entry, ...path: string[]): unknown =>
  path.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Entry)[k] : undefined), o);

/**
 * One entry as an article: its text from content:encoded, else Atom content, else the summary or
 * description; its id from the link, else the guid or id, else `<file>-<n>`.
 */
function entryArticle(
  entry: Entry,
  n: number,
  publisher: string | undefined,
  path: string,
  fileId: string,
): RawArticle | Diagnostic {
  const where = `${path}#${n}`;
  const links = field(entry, 'links') as Array<{ href?: string }> | undefined;
  const link = textOf(entry.link) ?? links?.find((l) => l.href)?.href;
  const html =
    textOf(field(entry, 'content', 'encoded')) ??
    textOf(entry.content) ??
    textOf(entry.summary) ??
    textOf(entry.description);
  const tooComplex = html ? markupTooComplex(html, where, 'ingest/feed') : undefined;
  if (tooComplex) return tooComplex;
  const text = html ? fragmentParagraphs(html, true).join('\n\n') : '';
  if (!/[\p{L}\p{N}]/u.test(text))
    return diagnostic('NT_INGEST_NO_ARTICLE', 'ingest/feed', where, 'the entry has no content');
  const authors = (field(entry, 'authors') as Array<{ name?: string }> | undefined)?.map((a) => a.name);
  const meta: ArticleMeta = {};
  const set = <K extends keyof ArticleMeta>(k: K, v: ArticleMeta[K] | undefined) => {
    if (v) meta[k] = v;
  };
  set('title', textOf(entry.title));
  set('url', link);
  set('publisher', publisher);
  set('published', isoTime(entry.pubDate) ?? isoTime(entry.published) ?? isoTime(field(entry, 'dc', 'date')));
  set('modified', isoTime(entry.updated));
  set(
    'byline',
    authors?.find(Boolean) ??
      textOf((field(entry, 'dc', 'creators') as unknown[] | undefined)?.[0]) ??
      textOf(entry.author),
  );
  const id = link ?? textOf(entry.guid) ?? textOf(entry.id) ?? `${fileId}-${n}`;
  return { id, path: where, text, meta };
}

/** The charset an XML declaration names (`<?xml version="1.0" encoding="windows-1252"?>`), if any. */
export function xmlEncoding(head: string): Declaration | undefined {
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head);
  return m ? { charset: m[1] as string, by: 'the XML declaration' } : undefined;
}

export const feedReader: Reader = {
  format: 'feed',
  extensions: ['.rss', '.atom', '.xml'],
  sniff: (head) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(head),
  read(bytes, path, id, options = {}) {
    const decoded = decodeText(bytes, path, { ...options, declared: xmlEncoding });
    if ('problem' in decoded) return [decoded.problem];
    const warnings = decoded.warning ? [decoded.warning] : [];
    // feedsmith leaves entities unexpanded; a feed declaring its own (a "billion laughs" bomb, an
    // external entity naming a file) is refused by name rather than read with `&x;` left in its text.
    if (/<!ENTITY\s/i.test(decoded.text))
      return [
        ...warnings,
        diagnostic(
          'NT_INGEST_BAD_FEED',
          'ingest/feed',
          path,
          'it declares XML entities (<!ENTITY>), which are not read',
        ),
      ];
    const tooComplex = markupTooComplex(decoded.text, path, 'ingest/feed', false);
    if (tooComplex) return [...warnings, tooComplex];
    let parsed: { format: string; feed: Entry };
    try {
      parsed = parseFeed(decoded.text) as unknown as { format: string; feed: Entry };
    } catch (error) {
      return [...warnings, diagnostic('NT_INGEST_BAD_FEED', 'ingest/feed', path, (error as Error).message)];
    }
    const entries = (parsed.feed.items ?? parsed.feed.entries ?? []) as Entry[];
    if (entries.length === 0)
      return [...warnings, diagnostic('NT_INGEST_BAD_FEED', 'ingest/feed', path, 'no entries')];
    const publisher = textOf(parsed.feed.title);
    const out: Array<RawArticle | Diagnostic> = [...warnings];
    for (const [i, entry] of entries.slice(0, maxFeedEntries).entries()) {
      const late = pastDeadline(options.deadline, path, 'ingest/feed');
      if (late) return [...out, late];
      out.push(entryArticle(entry, i + 1, publisher, path, id));
    }
    if (entries.length > maxFeedEntries)
      out.push(
        diagnostic(
          'NT_INGEST_TOO_COMPLEX',
          'ingest/feed',
          path,
          `${entries.length} entries; the first ${maxFeedEntries} were read`,
        ),
      );
    return out;
  },
};
