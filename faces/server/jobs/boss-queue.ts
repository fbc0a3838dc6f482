// The ingest queue on PostgreSQL: each upload is a pg-boss job in the database's queue (the one
// `newstrace worker` takes from), so any server on the database answers for any job id, and the
// server's worker thread takes jobs from that queue like any other worker.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { IngestAnswer } from '../../../src/queue/outcomes.ts';
import { ingestQueue, type JobStatus, jobStatus, openQueue } from '../../../src/queue/queue.ts';
import { uploadJob } from '../../../src/queue/upload-job.ts';
import { startWorker } from '../../../src/worker-thread.ts';
import type { FromWorker, ToWorker } from './messages.ts';
import type { IngestQueue, Job } from './queue.ts';

export interface BossQueueOptions {
  /**
   * Milliseconds between looks at the queue: the worker thread's when it is empty, and `finished`'s
   * at its job (default 200: a waiting POST answers at most this much after its job is done).
   */
  pollMs?: number;
  /** Seconds a worker may hold a job before it counts as lost and is given to another (default 900). */
  jobTimeoutSeconds?: number;
  /** Times a failed or lost job is tried again (default 2). */
  retryLimit?: number;
}

/** pg-boss job ids are UUIDs; another id is no job (and would be an SQL error). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A job of pg-boss as GET /api/jobs/:id answers it. */
function jobOf(job: JobStatus): Job {
  const { id } = job;
  switch (job.state) {
    case 'created':
    case 'retry':
      return { id, state: 'queued' };
    case 'active':
      return { id, state: 'running' };
    case 'completed': {
      const { results, diagnostics } = job.output as IngestAnswer;
      return { id, state: 'done', results, diagnostics };
    }
    case 'cancelled':
      return { id, state: 'failed', error: 'the job was cancelled' };
    default: {
      const output = job.output as { message?: unknown } | null;
      const error = typeof output?.message === 'string' ? output.message : 'the job failed';
      return { id, state: 'failed', error };
    }
  }
}

/**
 * A queue in the PostgreSQL database `db` (which the caller has opened, so its layout exists), with
 * a worker thread taking its jobs. Closing leaves the jobs not done in the queue for other workers:
 * the thread stops after the job in hand (or is stopped after `graceMs`, when pg-boss gives that job
 * to another worker once its time is up).
 */
export async function bossQueue(db: string, options: BossQueueOptions = {}): Promise<IngestQueue> {
  const pollMs = options.pollMs ?? 200;
  const boss = await openQueue(db);
  let closing = false;
  let worker: Worker | undefined;

  const start = (): Worker => {
    const w = startWorker(new URL('./ingest-worker.ts', import.meta.url));
    w.on('message', (message: FromWorker) => {
      if (message.type === 'failed') process.stderr.write(`newstrace: ${message.error}\n`);
    });
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = undefined;
      if (closing) return;
      process.stderr.write(`newstrace: ${why}; starting another in 1 s\n`);
      setTimeout(() => {
        if (!closing) worker = start();
      }, 1000).unref();
    };
    w.on('error', (error) => lost(`the ingest worker failed: ${error.message}`));
    w.on('exit', (code) => lost(`the ingest worker stopped (exit code ${code})`));
    w.postMessage({ type: 'work', db, pollMs } satisfies ToWorker);
    // The server's sockets keep the process alive; a worker waiting for jobs need not.
    w.unref();
    return w;
  };
  worker = start();

  const get = async (id: string): Promise<Job | undefined> => {
    if (!uuid.test(id)) return undefined;
    const job = await jobStatus(boss, id);
    // Jobs of `ingest --queue` share the queue; they are no upload's.
    return job?.upload ? jobOf(job) : undefined;
  };

  return {
    async submit(upload) {
      if (closing) throw new Error('the ingest queue is closed');
      const id = await boss.send(ingestQueue, uploadJob(upload), {
        expireInSeconds: options.jobTimeoutSeconds ?? 900,
        retryLimit: options.retryLimit ?? 2,
      });
      if (id === null) throw new Error('the job queue refused the upload');
      return { id, state: 'queued' };
    },
    get,
    async finished(id) {
      for (;;) {
        if (closing) throw new Error('the server closed');
        const job = await get(id);
        if (!job) throw new Error(`no job ${id}`);
        if (job.state === 'done' || job.state === 'failed') return job;
        await sleep(pollMs);
      }
    },
    async close(graceMs = 5000) {
      closing = true;
      const w = worker;
      worker = undefined;
      if (w) {
        const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
        w.ref();
        w.postMessage({ type: 'close' } satisfies ToWorker);
        const timer = setTimeout(() => void w.terminate(), graceMs);
        await exited;
        clearTimeout(timer);
      }
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
