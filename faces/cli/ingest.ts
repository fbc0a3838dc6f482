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
  window?: number;
  charset?: string;
  progress: boolean;
}

/** Adds the articles under `paths` to the database; returns the exit code. */
export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const index = await openIndex(flags.db, flags.window ? { candidates: { windowDays: flags.window } } : {});
  if (!index) return exitCodes.inputFailed;
  const bar = progressBar(flags.progress);
  const diagnostics: Diagnostic[] = [];
  try {
    // Files are read a chunk at a time as the index asks for more, so memory holds a few chunks only.
    async function* articles() {
      for await (const chunk of ingestInChunks(paths, {
        stdin: () => readFileSync(0),
        ...(flags.charset ? { charset: flags.charset } : {}),
      })) {
        diagnostics.push(...chunk.diagnostics);
        yield chunk.articles;
      }
    }
    const report = await index.add(articles(), (stage, done, total) =>
      bar.onProgress(stage === 'read' ? 'reading' : 'ingest', done, total),
    );
    diagnostics.push(...report.diagnostics);
    bar.stop();
    process.stdout.write(
      `${report.added.length} added, ${report.alreadyIndexed.length} already indexed (same id and content), ` +
        `${report.idTaken.length} with an id already used by other content; ${await index.store.count()} article(s) in ${flags.db}\n`,
    );
  } finally {
    await index.close();
  }
  writeDiagnostics(diagnostics);
  return exitCodeFor(diagnostics);
}
