// `newstrace show` and `newstrace stats`: one stored article, and what the index holds.
import { existsSync, statSync } from 'node:fs';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { ArticleStore } from '../../src/store/types.ts';
import { exitCodes } from './exit-codes.ts';

/** Opens an index that must exist already (reading commands never create one); null after saying so. */
function openExisting(db: string): ArticleStore | null {
  if (existsSync(db)) return openSqliteStore(db);
  process.stderr.write(`newstrace: no index at ${db}; run newstrace ingest first\n`);
  return null;
}

/** Prints a stored article's metadata and text; exit code 1 when the id is not in the index. */
export function runShow(id: string, flags: { db: string; json?: boolean }): number {
  const store = openExisting(flags.db);
  if (!store) return exitCodes.inputFailed;
  try {
    const article = store.get(id);
    if (!article) {
      process.stderr.write(`newstrace: ${id}: not in ${flags.db}\n`);
      return exitCodes.inputFailed;
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    else {
      const meta = Object.entries(article.meta).map(([k, v]) => `${k}: ${v}`);
      process.stdout.write(
        [`id: ${article.id}`, `path: ${article.path}`, ...meta, '', article.text, ''].join('\n'),
      );
    }
    return exitCodes.ok;
  } finally {
    store.close();
  }
}

/** Prints the number of articles and the database's size on disk. */
export function runStats(flags: { db: string; json?: boolean }): number {
  const store = openExisting(flags.db);
  if (!store) return exitCodes.inputFailed;
  const articles = store.count();
  store.close();
  // WAL mode keeps recent pages in a side file until a checkpoint: both count as the index's size.
  const bytes = [flags.db, `${flags.db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  const stats = { articles, bytes, bytesPerArticle: articles === 0 ? 0 : Math.round(bytes / articles) };
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(stats)}\n`
      : `${articles} article(s), ${bytes} bytes on disk (${stats.bytesPerArticle} per article) in ${flags.db}\n`,
  );
  return exitCodes.ok;
}
