// Articles regrouped into batches of a fixed size, from an array or from chunks arriving as read.
import type { RawArticle } from '../ingest/types.ts';

/** Where articles come from: all at once, or in chunks as files are read. */
export type ArticleSource = RawArticle[] | AsyncIterable<RawArticle[]>;

/** The articles of `source` in order, in batches of `size` (the last one smaller). */
export async function* inBatches(source: ArticleSource, size: number): AsyncGenerator<RawArticle[]> {
  const chunks = Array.isArray(source) ? [source] : source;
  let batch: RawArticle[] = [];
  for await (const chunk of chunks) {
    for (const article of chunk) {
      batch.push(article);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
