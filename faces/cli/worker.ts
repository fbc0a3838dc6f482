// `newstrace worker`: takes ingest jobs from the queue in a PostgreSQL index and adds their
// articles, until stopped (SIGINT/SIGTERM end it after the job in hand) or, with --exit-when-idle,
// until no job is left. --concurrency N runs N worker processes: the engine is single-threaded
// JavaScript, so processes are what use more cores.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openQueue } from '../../src/queue/queue.ts';
import { work } from '../../src/queue/worker.ts';
import { writeDiagnostics } from './diagnostics.ts';
import { exitCodes } from './exit-codes.ts';
import { openIndex } from './open-index.ts';
import { queueRefusal } from './queue-database.ts';

export interface WorkerFlags {
  db: string;
  concurrency: number;
  exitWhenIdle?: boolean;
  quiet?: boolean;
}

const cli = fileURLToPath(new URL('../../bin/newstrace.js', import.meta.url));

/** Runs `concurrency` workers; returns the exit code (1 when a job failed). */
export async function runWorker(flags: WorkerFlags): Promise<number> {
  const refused = queueRefusal(flags.db);
  if (refused) {
    process.stderr.write(`newstrace: ${refused}\n`);
    return exitCodes.usage;
  }
  return flags.concurrency > 1 ? runProcesses(flags) : runOne(flags);
}

/** N child processes of one worker each; the worst exit code of theirs. */
async function runProcesses(flags: WorkerFlags): Promise<number> {
  const args = [cli, 'worker', '--db', flags.db, '--concurrency', '1'];
  if (flags.exitWhenIdle) args.push('--exit-when-idle');
  if (flags.quiet) args.push('--quiet');
  const children = Array.from({ length: flags.concurrency }, () =>
    spawn(process.execPath, args, { stdio: 'inherit' }),
  );
  const forward = (signal: NodeJS.Signals) => () => {
    for (const child of children) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const codes = await Promise.all(
    children.map(
      (child) => new Promise<number>((done) => child.on('exit', (code) => done(code ?? exitCodes.internal))),
    ),
  );
  return Math.max(...codes);
}

async function runOne(flags: WorkerFlags): Promise<number> {
  // Parallelism comes from workers: a job is small, so the index reads it in this thread, and
  // compares it before taking the writer lock that other workers wait on.
  const index = await openIndex(flags.db, { prepareWorkers: 0, compareAhead: true });
  if (!index) return exitCodes.inputFailed;
  const boss = await openQueue(flags.db, { supervise: true });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  try {
    const done = await work(boss, index, {
      exitWhenIdle: flags.exitWhenIdle ?? false,
      signal: stop.signal,
      onJob: (id, report) => {
        writeDiagnostics(report.diagnostics);
        if (!flags.quiet)
          process.stdout.write(
            `job ${id}: ${report.added.length} added, ${report.alreadyIndexed.length} already indexed, ` +
              `${report.idTaken.length} with an id already used by other content\n`,
          );
      },
      onFailure: (id, error) => process.stderr.write(`newstrace: job ${id} failed: ${error.message}\n`),
    });
    if (!flags.quiet)
      process.stdout.write(`worker ${process.pid}: ${done.jobs} job(s) done, ${done.failed} failed\n`);
    return done.failed > 0 ? exitCodes.inputFailed : exitCodes.ok;
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await index.close();
  }
}
