// Reads the optional `---` block of `key: value` lines that Markdown sites put before the body.
import type { Declaration } from './decode.ts';
import type { ArticleMeta } from './types.ts';

const known: Record<string, keyof ArticleMeta | 'id'> = {
  title: 'title',
  publisher: 'publisher',
  source: 'publisher',
  site: 'publisher',
  published: 'published',
  date: 'published',
  url: 'url',
  canonical: 'url',
  author: 'byline',
  byline: 'byline',
  id: 'id',
};

/** The `---` block at the start of a text: group 1 holds its lines. */
const frontMatterBlock = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * The character set a front-matter `charset:` line declares (`charset: windows-1252`), found in the
 * start of a file read as Latin-1 before it is decoded; undefined without one.
 */
export function frontMatterCharset(head: string): Declaration | undefined {
  const block = frontMatterBlock.exec(head)?.[1] ?? '';
  const m = /^charset[ \t]*:[ \t]*(["']?)([^\s"']+)\1[ \t]*\r?$/im.exec(block);
  return m ? { charset: m[2] as string, by: 'front matter' } : undefined;
}

/**
 * Splits front matter from the body. Only flat `key: value` lines are read (no YAML nesting);
 * unknown keys are ignored. `---\ntitle: Ferry fares rise\n---\nBody…` → meta.title = 'Ferry fares rise'.
 */
export function splitFrontMatter(text: string): {
  body: string;
  /** Where the body starts in `text`. */
  bodyStart: number;
  meta: ArticleMeta;
  id?: string;
} {
  const match = frontMatterBlock.exec(text);
  if (!match) return { body: text, bodyStart: 0, meta: {} };
  const meta: ArticleMeta = {};
  let id: string | undefined;
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const field = known[(kv[1] as string).toLowerCase()];
    const value = unquote((kv[2] as string).trim());
    if (!field || value === '') continue;
    if (field === 'id') id = value;
    else meta[field] = value;
  }
  return { body: text.slice(match[0].length), bodyStart: match[0].length, meta, ...(id ? { id } : {}) };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? (m[2] as string) : value;
}
