// Reads JSON lines: one article per line, as CMS exports and crawlers write them.
import { type Diagnostic, diagnostic } from '../../errors.ts';
import { decodeText } from '../decode.ts';
import { maxJsonLines, pastDeadline } from '../limits.ts';
import type { ArticleMeta, RawArticle } from '../types.ts';
import { htmlArticle } from './html.ts';
import type { Reader } from './types.ts';

const metaFields = ['title', 'publisher', 'published', 'url', 'byline'] as const;

/**
 * One article from one line: `{id?, url?, title?, publisher?, published?, byline?, text | html}`.
 * Its id is `id`, else `url`, else `<file id>-<line number>`.
 */
function lineArticle(line: string, n: number, path: string, fileId: string): RawArticle | Diagnostic {
  const where = `${path}:${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return diagnostic('NT_INGEST_BAD_LINE', 'ingest/jsonl', where, (error as Error).message);
  }
  return objectArticle(value, where, `${fileId}-${n}`);
}

/**
 * One article from a JSON value `{id?, url?, title?, publisher?, published?, byline?, text | html}`
 * (a line of JSON lines, or an article posted to the server): its id is `id`, else `url`, else
 * `defaultId`; `where` names it in diagnostics and is its path. A value that is not such an object is
 * NT_INGEST_BAD_LINE.
 */
export function objectArticle(value: unknown, where: string, defaultId: string): RawArticle | Diagnostic {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return diagnostic('NT_INGEST_BAD_LINE', 'ingest/jsonl', where, 'not a JSON object');
  const o = value as Record<string, unknown>;
  const str = (k: string) =>
    typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined;
  const id = str('id') ?? str('url') ?? defaultId;
  const meta: ArticleMeta = {};
  for (const k of metaFields) {
    const v = str(k);
    if (v) meta[k] = v;
  }
  const text = str('text');
  if (text) return { id, path: where, text, meta };
  const html = str('html');
  if (!html) return diagnostic('NT_INGEST_BAD_LINE', 'ingest/jsonl', where, 'neither "text" nor "html"');
  const article = htmlArticle(html, where, id);
  return 'code' in article ? article : { ...article, meta: { ...article.meta, ...meta } };
}

export const jsonlReader: Reader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  sniff: (head) => /^\s*\{/.test(head),
  read(bytes, path, id, options = {}) {
    const decoded = decodeText(bytes, path, options);
    if ('problem' in decoded) return [decoded.problem];
    const out: Array<RawArticle | Diagnostic> = decoded.warning ? [decoded.warning] : [];
    let read = 0;
    for (const [i, line] of decoded.text.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      if (++read > maxJsonLines) {
        out.push(
          diagnostic(
            'NT_INGEST_TOO_COMPLEX',
            'ingest/jsonl',
            path,
            `over ${maxJsonLines} lines; the first ${maxJsonLines} were read`,
          ),
        );
        break;
      }
      const late = pastDeadline(options.deadline, path, 'ingest/jsonl');
      if (late) return [...out, late];
      out.push(lineArticle(line, i + 1, path, id));
    }
    return out;
  },
};
