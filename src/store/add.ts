// Adds read articles to a store, in batches, each batch one transaction.
import type { RawArticle } from '../ingest/types.ts';
import type { ArticleStore, PutResult } from './types.ts';

/** Articles per transaction: large enough to be fast, small enough that a kill loses little work. */
const batchSize = 500;

/** How many articles each outcome had. */
export type AddCounts = Record<PutResult, number>;

/** Stores `articles` (hashing each text with `hash`); calls `onBatch` after each committed batch. */
export function addArticles(
  store: ArticleStore,
  articles: RawArticle[],
  hash: (text: string) => string,
  onBatch: (done: number, total: number) => void = () => {},
): AddCounts {
  const counts: AddCounts = { added: 0, 'same content': 0, 'id taken': 0 };
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize).map((a) => ({
      id: a.id,
      path: a.path,
      text: a.text,
      meta: a.meta,
      contentHash: hash(a.text),
    }));
    for (const result of store.putAll(batch)) counts[result]++;
    onBatch(Math.min(i + batchSize, articles.length), articles.length);
  }
  return counts;
}
