// The storage interface: what the index keeps on disk, whichever database holds it.
import type { ArticleMeta } from '../ingest/types.ts';

/** An article as the index keeps it: its text as read, metadata and a hash of its content. */
export interface StoredArticle {
  id: string;
  path: string;
  text: string;
  meta: ArticleMeta;
  /** Hash of the normalised text (hex): equal texts are one article, whatever their file names. */
  contentHash: string;
}

/** What adding an article did. */
export type PutResult = 'added' | 'same content' | 'id taken';

/** The article store. SQLite (default, embedded) implements it; PostgreSQL will. */
export interface ArticleStore {
  /** Adds articles in one transaction: all of them or none (a killed ingest loses or doubles nothing). */
  putAll(articles: StoredArticle[]): PutResult[];
  get(id: string): StoredArticle | undefined;
  count(): number;
  close(): void;
}
