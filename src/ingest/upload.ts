// Reads what is posted to the server through the readers files go through: an upload's bytes, its
// format chosen by its media type (else its name, else its first bytes), or article objects.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../errors.ts';
import { diagnostic } from '../errors.ts';
import { type Ingested, maxInputBytes, uniqueId } from './index.ts';
import { readWithin } from './read-limited.ts';
import { type ReadOptions, readerForBytes, readerForPath } from './readers/index.ts';
import { objectArticle } from './readers/jsonl.ts';
import type { RawArticle } from './types.ts';

/**
 * The media types an upload may have, each with the file extension whose reader reads it (a gzip
 * upload is a `.warc.gz` archive: no other format is read compressed).
 */
export const uploadTypes: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/html': '.html',
  'application/xhtml+xml': '.xhtml',
  'application/rss+xml': '.rss',
  'application/atom+xml': '.atom',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'application/warc': '.warc',
  'application/gzip': '.warc.gz',
  'application/x-gzip': '.warc.gz',
};

/** Bytes posted as one input. */
export interface Upload {
  bytes: Uint8Array;
  /**
   * Its Content-Type (`text/html; charset=windows-1252`): a type of `uploadTypes` picks the reader,
   * and a `charset` parameter is the charset of an input that declares none (as a WARC record's HTTP
   * header is). Another type (`application/octet-stream`) leaves the choice to `name`, then to sniffing.
   */
  contentType?: string;
  /**
   * A file name for the upload: its base (without extension) is the default id and it names the
   * input in diagnostics. Without it the name is `upload-<12 hex digits of the bytes' SHA-256>`, so
   * the same bytes posted twice get the same id.
   */
  name?: string;
}

/** The hex SHA-256 of bytes or text, cut to 12 digits: an id that the same content gets again. */
const shortHash = (content: Uint8Array | string) =>
  createHash('sha256').update(content).digest('hex').slice(0, 12);

/** The media type of a Content-Type, lowercase, without parameters. */
const mediaType = (contentType: string) => (contentType.split(';')[0] as string).trim().toLowerCase();

/**
 * The articles of an upload, read as `newstrace ingest` reads a file of that format (the same readers
 * and decoding); an upload over `maxBytes` (default 20 MB, as for files) is NT_INGEST_TOO_LARGE.
 * Ids repeated inside the upload get `-2`, `-3`, … (NT_INGEST_DUPLICATE_ID).
 *
 * @example readUpload({ bytes, contentType: 'application/rss+xml', name: 'wire.rss' })
 */
export async function readUpload(upload: Upload, options: { maxBytes?: number } = {}): Promise<Ingested> {
  const type = upload.contentType === undefined ? undefined : mediaType(upload.contentType);
  const typeExtension = type === undefined ? undefined : uploadTypes[type];
  const given = upload.name === undefined ? undefined : basename(upload.name.trim());
  const path = given || `upload-${shortHash(upload.bytes)}${typeExtension ?? ''}`;
  const maxBytes = options.maxBytes ?? maxInputBytes;
  if (upload.bytes.length > maxBytes)
    return {
      articles: [],
      diagnostics: [
        diagnostic(
          'NT_INGEST_TOO_LARGE',
          'ingest',
          path,
          `${upload.bytes.length} bytes; at most ${maxBytes}`,
        ),
      ],
    };
  const reader =
    (typeExtension && readerForPath(typeExtension)) || readerForPath(path) || readerForBytes(upload.bytes);
  const charset = upload.contentType && /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(upload.contentType)?.[1];
  const read: ReadOptions = charset ? { charset, charsetBy: 'the Content-Type header' } : {};
  const id = basename(path, extname(path));
  return collect(await readWithin(reader, upload.bytes, path, id, read));
}

/**
 * The articles of JSON values posted as objects `{id?, text | html, title?, url?, publisher?,
 * published?, byline?}`, each read as a line of JSON lines is: `<name>:<n>` (n from 1; name default
 * `request`) names it in diagnostics and is its path; without `id` or `url`, its id is
 * `article-<12 hex digits of the SHA-256 of its text or html>`.
 */
export function readArticleObjects(values: unknown[], name = 'request'): Ingested {
  return collect(
    values.map((value, i) => {
      const o = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
      const body = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : '';
      return objectArticle(value, `${name}:${i + 1}`, `article-${shortHash(body)}`);
    }),
  );
}

/** Articles and diagnostics apart, ids made unique. */
function collect(results: Array<RawArticle | Diagnostic>): Ingested {
  const out: Ingested = { articles: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const result of results) {
    if ('code' in result) out.diagnostics.push(result);
    else out.articles.push(uniqueId(result, seen, out.diagnostics));
  }
  return out;
}
