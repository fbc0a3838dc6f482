// Reads one plain-text or Markdown article file.
import { type Diagnostic, diagnostic } from '../errors.ts';
import { decodeText } from './decode.ts';
import { documentationReason } from './documentation.ts';
import { textExtensions } from './files.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { RawArticle } from './types.ts';

/** Reads `.txt`/`.md` bytes into an article, or returns why it cannot. `id` is the default id. */
export function readText(bytes: Uint8Array, path: string, id: string): RawArticle | Diagnostic {
  const decoded = decodeText(bytes, path);
  if ('problem' in decoded) return decoded.problem;
  const { body, bodyStart, meta, id: declared } = splitFrontMatter(decoded.text);
  if (body.trim() === '')
    return diagnostic('NT_INGEST_EMPTY', 'ingest/text', path, 'no text after the front matter');
  const notArticle = /\.(md|markdown)$/i.test(path) ? documentationReason(body) : undefined;
  if (notArticle) return diagnostic('NT_INGEST_NOT_ARTICLE', 'ingest/text', path, notArticle, 'warning');
  return { id: declared ?? id, path, text: body, meta, ...(bodyStart > 0 ? { bodyStart } : {}) };
}

/** True when the path's extension is one `readText` handles. */
export function isTextPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && textExtensions.has(path.slice(dot).toLowerCase());
}
