// `newstrace ingest`: reads the paths and adds their articles to the index database.
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.ts';
import { addArticles } from '../../src/store/add.ts';
import { contentHasher } from '../../src/store/content-hash.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { exitCodeFor, writeDiagnostics } from './diagnostics.ts';
import { progressBar } from './progress.ts';

export interface IngestFlags {
  db: string;
  progress: boolean;
}

/** Adds the articles under `paths` to the database; returns the exit code. */
export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const { articles, diagnostics } = await ingest(paths, { stdin: () => readFileSync(0) });
  const store = openSqliteStore(flags.db);
  const bar = progressBar(flags.progress);
  try {
    const counts = addArticles(store, articles, await contentHasher(), (done, total) =>
      bar.onProgress('store', done, total),
    );
    bar.stop();
    process.stdout.write(
      `${counts.added} added, ${counts['same content']} already indexed (same content), ` +
        `${counts['id taken']} with an id already used by other content; ${store.count()} article(s) in ${flags.db}\n`,
    );
  } finally {
    store.close();
  }
  writeDiagnostics(diagnostics);
  return exitCodeFor(diagnostics);
}
