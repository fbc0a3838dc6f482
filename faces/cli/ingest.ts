// `newstrace ingest`: reads the paths a chunk at a time and adds their articles to the index.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../src/errors.ts';
import { ingestInChunks } from '../../src/ingest/index.ts';
import { exitCodeFor, writeDiagnostics } from './diagnostics.ts';
import { exitCodes } from './exit-codes.ts';
import { openIndex } from './open-index.ts';
import { progressBar } from './progress.ts';

export interface IngestFlags {
  db: string;
  progress: boolean;
}

/** Adds the articles under `paths` to the database; returns the exit code. */
export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const index = await openIndex(flags.db);
  if (!index) return exitCodes.inputFailed;
  const bar = progressBar(flags.progress);
  const diagnostics: Diagnostic[] = [];
  const counts = { added: 0, already: 0, taken: 0 };
  try {
    let done = 0;
    for await (const chunk of ingestInChunks(paths, { stdin: () => readFileSync(0) })) {
      diagnostics.push(...chunk.diagnostics);
      const report = await index.add(chunk.articles, (_, n) =>
        bar.onProgress('ingest', done + n, done + chunk.articles.length),
      );
      done += chunk.articles.length;
      counts.added += report.added.length;
      counts.already += report.alreadyIndexed.length;
      counts.taken += report.idTaken.length;
      diagnostics.push(...report.diagnostics);
    }
    bar.stop();
    process.stdout.write(
      `${counts.added} added, ${counts.already} already indexed (same id and content), ` +
        `${counts.taken} with an id already used by other content; ${await index.store.count()} article(s) in ${flags.db}\n`,
    );
  } finally {
    await index.close();
  }
  writeDiagnostics(diagnostics);
  return exitCodeFor(diagnostics);
}
