// `newstrace ingest`: reads the paths a chunk at a time and adds their articles to the index, or
// with --queue sends them as jobs for `newstrace worker` processes.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../src/errors.ts';
import { ingestInChunks } from '../../src/ingest/index.ts';
import type { RawArticle } from '../../src/ingest/types.ts';
import { defaultEnqueueOptions, enqueueArticles } from '../../src/queue/enqueue.ts';
import { openQueue } from '../../src/queue/queue.ts';
import { withoutPassword } from '../../src/store/open.ts';
import { exitCodeFor, writeDiagnostics } from './diagnostics.ts';
import { exitCodes } from './exit-codes.ts';
import { openIndex } from './open-index.ts';
import { progressBar } from './progress.ts';
import { queueRefusal } from './queue-database.ts';

export interface IngestFlags {
  db: string;
  window?: number;
  charset?: string;
  progress: boolean;
  /** Send the articles as jobs to the queue in the database instead of adding them here. */
  queue?: boolean;
  jobSize?: number;
  jobTimeout?: number;
  /** Articles per transaction (default 500). */
  batch?: number;
}

/** Adds the articles under `paths` to the database, or enqueues them; returns the exit code. */
export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const refused = flags.queue && queueRefusal(flags.db);
  if (refused) {
    process.stderr.write(`newstrace: ${refused}\n`);
    return exitCodes.usage;
  }
  const index = await openIndex(flags.db, {
    ...(flags.window ? { candidates: { windowDays: flags.window } } : {}),
    ...(flags.batch ? { batchSize: flags.batch } : {}),
  });
  if (!index) return exitCodes.inputFailed;
  const diagnostics: Diagnostic[] = [];
  // Files are read a chunk at a time as the index or the queue asks for more, so memory holds a few chunks only.
  async function* articles(): AsyncGenerator<RawArticle[]> {
    for await (const chunk of ingestInChunks(paths, {
      stdin: () => readFileSync(0),
      ...(flags.charset ? { charset: flags.charset } : {}),
    })) {
      diagnostics.push(...chunk.diagnostics);
      yield chunk.articles;
    }
  }
  try {
    if (flags.queue) {
      // The index was opened first so that its tables exist before any worker starts.
      const boss = await openQueue(flags.db);
      try {
        const sent = await enqueueArticles(boss, articles(), {
          ...defaultEnqueueOptions,
          ...(flags.jobSize ? { jobSize: flags.jobSize } : {}),
          ...(flags.jobTimeout ? { jobTimeoutSeconds: flags.jobTimeout } : {}),
        });
        process.stdout.write(
          `${sent.articles} article(s) enqueued in ${sent.jobs} new job(s), ${sent.alreadyQueued} job(s) sent before ` +
            `with the same articles; run newstrace worker --db ${withoutPassword(flags.db)}\n`,
        );
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    } else {
      const bar = progressBar(flags.progress);
      const report = await index.add(articles(), (stage, done, total) =>
        bar.onProgress(stage === 'read' ? 'reading' : 'ingest', done, total),
      );
      diagnostics.push(...report.diagnostics);
      bar.stop();
      process.stdout.write(
        `${report.added.length} added, ${report.alreadyIndexed.length} already indexed (same id and content), ` +
          `${report.idTaken.length} with an id already used by other content; ${await index.store.count()} article(s) in ${withoutPassword(flags.db)}\n`,
      );
    }
  } finally {
    await index.close();
  }
  writeDiagnostics(diagnostics);
  return exitCodeFor(diagnostics);
}
