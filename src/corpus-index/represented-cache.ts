// A bounded cache of represented articles, most recently used kept: copies mostly arrive soon after
// their originals, so recent articles are the ones compared again, and memory stays bounded.
import type { RepresentedArticle } from '../represent/types.ts';

export interface RepresentedCache {
  get(id: string): RepresentedArticle | undefined;
  put(article: RepresentedArticle): void;
  /** Forgets an article (one whose storing was rolled back). */
  drop(id: string): void;
}

/** A cache of at most `capacity` articles (`Infinity` keeps all, for a one-off analysis). */
export function representedCache(capacity: number): RepresentedCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, RepresentedArticle>();
  return {
    get(id) {
      const article = entries.get(id);
      if (article) {
        entries.delete(id);
        entries.set(id, article);
      }
      return article;
    },
    put(article) {
      entries.delete(article.id);
      entries.set(article.id, article);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
    drop(id) {
      entries.delete(id);
    },
  };
}
