// The ingest stage's output: raw articles as read, before any normalisation.

/** What is known about an article besides its text. Every field is optional. */
export interface ArticleMeta {
  title?: string;
  publisher?: string;
  /** ISO 8601 publication time, when the source states one. */
  published?: string;
  url?: string;
  byline?: string;
  /** ISO 8601 time of the last update, when the source states one. */
  modified?: string;
  /** Language tag ("en", "en-GB"), when the source states one. */
  language?: string;
  /**
   * ISO 8601 time the text was fetched (a WARC record's date). Not a publication time: a page is
   * crawled any time after it appears, so direction evidence does not use it.
   */
  retrieved?: string;
}

/** One article as read from its input. */
export interface RawArticle {
  /** Stable id: the file name without its extension unless the input names one. */
  id: string;
  /** Where it came from: a file path, or `-` for standard input. */
  path: string;
  /** The body text as read (decoded, front matter removed). */
  text: string;
  /** Where `text` starts in the file as read (after front matter); 0 when absent. Offsets reported to users add it. */
  bodyStart?: number;
  meta: ArticleMeta;
}
