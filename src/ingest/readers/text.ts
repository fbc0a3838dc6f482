// Reads one plain-text or Markdown article file.
import { diagnostic } from '../../errors.ts';
import { decodeText } from '../decode.ts';
import { documentationReason } from '../documentation.ts';
import { frontMatterCharset, splitFrontMatter } from '../front-matter.ts';
import type { Reader } from './types.ts';

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.md', '.markdown', '.text'],
  // Text is the fallback: anything that decodes and is not another format.
  sniff: () => true,
  read(bytes, path, id, options = {}) {
    const decoded = decodeText(bytes, path, { ...options, declared: frontMatterCharset });
    if ('problem' in decoded) return [decoded.problem];
    const warnings = decoded.warning ? [decoded.warning] : [];
    const { body, bodyStart, meta, id: declared } = splitFrontMatter(decoded.text);
    if (body.trim() === '')
      return [
        ...warnings,
        diagnostic('NT_INGEST_EMPTY', 'ingest/text', path, 'no text after the front matter'),
      ];
    const notArticle = /\.(md|markdown)$/i.test(path) ? documentationReason(body) : undefined;
    if (notArticle)
      return [...warnings, diagnostic('NT_INGEST_NOT_ARTICLE', 'ingest/text', path, notArticle, 'warning')];
    return [
      ...warnings,
      { id: declared ?? id, path, text: body, meta, ...(bodyStart > 0 ? { bodyStart } : {}) },
    ];
  },
};
