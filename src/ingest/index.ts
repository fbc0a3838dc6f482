// The ingest stage: paths in, raw articles and per-input diagnostics out.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type Diagnostic, diagnostic, NewstraceError } from '../errors.ts';
import { charsetName } from './charsets.ts';
import { expandPaths } from './files.ts';
import { readWithin } from './read-limited.ts';
import { type ReadOptions, readerForBytes, readerForPath, supportedExtensions } from './readers/index.ts';
import type { RawArticle } from './types.ts';

export type { ArticleMeta, RawArticle } from './types.ts';

/** An input over this size is refused: an article is kilobytes, a crawl archive a few megabytes. */
export const maxInputBytes = 20 * 1024 * 1024;

/** What ingest returns: the articles it could read and a diagnostic for each input it could not. */
export interface Ingested {
  articles: RawArticle[];
  diagnostics: Diagnostic[];
}

/** Options of reading: `stdin` supplies the bytes for the path `-`. */
export interface IngestOptions {
  stdin?: () => Uint8Array;
  maxBytes?: number;
  /**
   * The character set of inputs that declare none (a BOM, front matter's `charset:`, `<meta charset>`
   * and an XML declaration come first); unset, UTF-8 is expected and other charsets are guessed with a
   * warning. Any label TextDecoder knows (`windows-1252`, `latin1`, `koi8-r`, `shift_jis`); an unknown
   * one throws NewstraceError.
   */
  charset?: string;
}

/** Throws NewstraceError (NT_INGEST_BAD_CHARSET) when `charset` is not a character set TextDecoder knows. */
function checkCharset(charset: string | undefined): void {
  if (charset !== undefined && !charsetName(charset))
    throw new NewstraceError(
      'NT_INGEST_BAD_CHARSET',
      `unknown character set "${charset}" (expected a name such as utf-8, windows-1252, iso-8859-2, koi8-r, shift_jis)`,
    );
}

/**
 * Reads every article under `paths` (files or folders, recursively). A bad input becomes a
 * diagnostic; the others are still read.
 */
export async function ingest(paths: string[], options: IngestOptions = {}): Promise<Ingested> {
  const all: Ingested = { articles: [], diagnostics: [] };
  for await (const chunk of ingestInChunks(paths, options, Number.POSITIVE_INFINITY)) {
    all.articles.push(...chunk.articles);
    all.diagnostics.push(...chunk.diagnostics);
  }
  return all;
}

/**
 * Reads the articles under `paths` a chunk at a time (about `chunkSize` articles each), so that a
 * large ingest holds one chunk of texts in memory, not the corpus. Ids stay unique across chunks.
 */
export async function* ingestInChunks(
  paths: string[],
  options: IngestOptions = {},
  chunkSize = 500,
): AsyncGenerator<Ingested> {
  checkCharset(options.charset);
  const read: ReadOptions = options.charset ? { charset: options.charset } : {};
  const expanded = expandPaths(paths);
  const seen = new Set<string>();
  let chunk: Ingested = { articles: [], diagnostics: expanded.diagnostics };
  for (const path of expanded.files) {
    for (const result of await readOne(path, options.stdin, options.maxBytes ?? maxInputBytes, read)) {
      if ('code' in result) chunk.diagnostics.push(result);
      else chunk.articles.push(uniqueId(result, seen, chunk.diagnostics));
    }
    if (chunk.articles.length >= chunkSize) {
      yield chunk;
      chunk = { articles: [], diagnostics: [] };
    }
  }
  yield chunk;
}

/** The articles of one input, or why it could not be read. */
async function readOne(
  path: string,
  stdin: (() => Uint8Array) | undefined,
  maxBytes: number,
  options: ReadOptions,
): Promise<Array<RawArticle | Diagnostic>> {
  const tooLarge = (size: number) =>
    diagnostic('NT_INGEST_TOO_LARGE', 'ingest', path, `${size} bytes; at most ${maxBytes}`);
  if (path === '-') {
    if (!stdin)
      return [diagnostic('NT_INGEST_UNREADABLE', 'ingest', path, 'standard input is not available')];
    const bytes = stdin();
    if (bytes.length > maxBytes) return [tooLarge(bytes.length)];
    return readWithin(readerForBytes(bytes), bytes, path, 'stdin', options);
  }
  const reader = readerForPath(path);
  if (!reader) {
    const expected = supportedExtensions.join(', ');
    return [
      diagnostic(
        'NT_INGEST_UNSUPPORTED',
        'ingest',
        path,
        `"${extname(path) || 'no extension'}"; expected ${expected}`,
      ),
    ];
  }
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return [tooLarge(size)];
    bytes = readFileSync(path);
  } catch (error) {
    return [
      diagnostic(
        'NT_INGEST_UNREADABLE',
        'ingest',
        path,
        (error as NodeJS.ErrnoException).code ?? String(error),
      ),
    ];
  }
  return readWithin(reader, bytes, path, basename(path, extname(path)), options);
}

/**
 * Two files named `a.txt` in different folders would share an id: the later gets `a-2`, with a
 * NT_INGEST_DUPLICATE_ID warning. `seen` holds the ids given so far.
 */
export function uniqueId(article: RawArticle, seen: Set<string>, diagnostics: Diagnostic[]): RawArticle {
  if (!seen.has(article.id)) {
    seen.add(article.id);
    return article;
  }
  let n = 2;
  while (seen.has(`${article.id}-${n}`)) n++;
  const id = `${article.id}-${n}`;
  seen.add(id);
  diagnostics.push(
    diagnostic(
      'NT_INGEST_DUPLICATE_ID',
      'ingest',
      article.path,
      `id "${article.id}" taken, using "${id}"`,
      'warning',
    ),
  );
  return { ...article, id };
}
