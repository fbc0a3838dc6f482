// Reads the optional `---` block of `key: value` lines that Markdown sites put before the body.
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
  const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
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
