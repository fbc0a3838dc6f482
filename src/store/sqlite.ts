// The article store on SQLite (better-sqlite3), in WAL mode: one file, safe against a killed process.
import Database from 'better-sqlite3';
import type { ArticleStore, PutResult, StoredArticle } from './types.ts';

const schema = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);`;

/** Opens (creating if needed) the store at `file`; `:memory:` for one that lives in memory. */
export function openSqliteStore(file: string): ArticleStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(schema);
  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE content_hash = ?');
  const byId = db.prepare<
    [string],
    { id: string; path: string; text: string; meta: string; content_hash: string }
  >('SELECT id, path, text, meta, content_hash FROM articles WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO articles (id, content_hash, path, text, meta) VALUES (?, ?, ?, ?, ?)',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const putAll = db.transaction((articles: StoredArticle[]): PutResult[] =>
    articles.map((a) => {
      if (byHash.get(a.contentHash)) return 'same content';
      if (byId.get(a.id)) return 'id taken';
      insert.run(a.id, a.contentHash, a.path, a.text, JSON.stringify(a.meta));
      return 'added';
    }),
  );
  return {
    putAll: (articles) => putAll(articles),
    get(id) {
      const row = byId.get(id);
      return (
        row && {
          id: row.id,
          path: row.path,
          text: row.text,
          meta: JSON.parse(row.meta),
          contentHash: row.content_hash,
        }
      );
    },
    count: () => countAll.get()?.n ?? 0,
    close: () => db.close(),
  };
}
