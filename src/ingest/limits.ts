// Limits on the work one input may cause (nesting, elements, records, words, decompression, time), each with why.
// Bytes alone do not bound work: 1.5 MB of nested <div>s kept Readability busy for minutes, and 200 KB of
// gzip held 200 MB of zeros. Each limit refuses (or, for words, cuts) with a diagnostic naming it.
import { type Diagnostic, diagnostic } from '../errors.ts';

/**
 * Deepest nesting of elements an HTML page, HTML fragment or feed may have. Readability walks each
 * element's ancestors, so its time grows with depth squared: one chain 256 deep took 0.4 s, 512 deep
 * 1.2 s, 1,000 deep 5 s and 2,000 deep 27 s (bench/fuzz.ts, linkedom 0.18, Readability 0.6). News pages
 * nest 20 to 60 deep; 128 leaves them twice the room and bounds the walk.
 */
export const maxNestingDepth = 128;

/**
 * Most elements an HTML page, fragment or feed may hold. Readability took 0.7 s on 20,000 paragraphs,
 * 1.2 s on 50,000 and 4 s on 100,000; a heavy news page has 3,000 to 10,000 elements.
 */
export const maxElements = 30_000;

/**
 * Most character references (`&amp;`, `&#8217;`) an HTML page, fragment or feed may hold: linkedom
 * and Readability spend about 20 µs on each (160,000 took 3.2 s, 1.2 million 38 s); a news page
 * has tens to a few thousand.
 */
export const maxCharacterReferences = 50_000;

/** Most entries a feed may hold: news feeds carry 10 to 100; each entry is an article to compare. */
export const maxFeedEntries = 5_000;

/**
 * Most lines of a JSON-lines file read, each an article: a 20 MB file of 5 KB articles holds 4,000;
 * a million one-word lines would be a million articles to segment and compare.
 */
export const maxJsonLines = 10_000;

/**
 * Most records read from one WARC archive (requests, responses, metadata alike). A crawl of news
 * pages holds two or three records per page; 20 MB of archive holds a few thousand pages.
 */
export const maxArchiveRecords = 10_000;

/**
 * Most bytes a `.warc.gz` may decompress to. The input limit is 20 MB; web archives compress 4 to 8
 * times, so 200 MB is room for any archive of that size while a bomb stops there.
 */
export const maxDecompressedBytes = 200 * 1024 * 1024;

/**
 * Most times larger the decompressed bytes may be than the compressed ones (plus 1 MB, so small
 * archives are not judged by their ratio alone). HTML and WARC headers compress 4 to 10 times; a
 * file of zeros 1,000 times.
 */
export const maxDecompressionRatio = 50;

/**
 * Most words kept of one article; a longer text is cut to its first `maxArticleWords` words with a
 * warning (NT_INGEST_TRUNCATED), not refused, so its beginning (where a news text's facts are) is still
 * compared. The longest long-form features run about 15,000 words. The stages after ingest grow with
 * an article's length: read beside three short articles, one article of 30,000 words took 280 MB and
 * 2 s to analyse, and a batch of eight hostile inputs with three such articles passed 1 GB (bench/fuzz.ts).
 */
export const maxArticleWords = 20_000;

/**
 * Milliseconds one input (a file, an upload) may take to read. The structural limits above keep a
 * single page or entry far below it (the slowest input of bench/fuzz.ts is in the README); this budget
 * bounds inputs of many items (a feed, a JSON-lines file, an archive), which stop at it with what was
 * read kept (NT_INGEST_TIMEOUT).
 */
export const inputTimeBudgetMs = 60_000;

/**
 * NT_INGEST_TIMEOUT when the time `deadline` (ms since the epoch, set by ingest as the read began
 * plus `inputTimeBudgetMs`) has passed: readers of many items ask between items and stop.
 */
export function pastDeadline(
  deadline: number | undefined,
  input: string,
  source: string,
): Diagnostic | undefined {
  if (deadline === undefined || Date.now() <= deadline) return undefined;
  return diagnostic(
    'NT_INGEST_TIMEOUT',
    source,
    input,
    `not read to its end within ${inputTimeBudgetMs / 1000} s; the items before were kept`,
  );
}
