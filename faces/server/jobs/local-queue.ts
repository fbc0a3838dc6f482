// The ingest queue on SQLite: jobs kept in the server's memory, run one at a time in a worker thread
// that writes to the index file on its own connection.
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../src/worker-thread.ts';
import type { FromWorker, ToWorker, Upload } from './messages.ts';
import type { IngestQueue, Job } from './queue.ts';

export interface LocalQueueOptions {
  /** Jobs remembered for GET /api/jobs/:id, oldest finished ones forgotten first (default 1,000). */
  keepJobs?: number;
}

/**
 * A queue writing to the index file `db` (which the caller has opened, so its layout exists). Closing
 * fails the jobs not done: at once when a job is running (SQLite drops the batch it was writing; the
 * batches before it stay), else once the worker has closed its index.
 */
export function localQueue(db: string, options: LocalQueueOptions = {}): IngestQueue {
  const keepJobs = options.keepJobs ?? 1000;
  const jobs = new Map<string, Job>();
  const uploads = new Map<string, Upload>();
  const waiters = new Map<string, Array<(job: Job) => void>>();
  const waiting: string[] = [];
  let worker: Worker | undefined;
  let running: string | undefined;
  let closing = false;

  const settle = (id: string, update: Partial<Job>) => {
    const job = jobs.get(id);
    if (!job) return;
    Object.assign(job, update);
    for (const resolve of waiters.get(id) ?? []) resolve(job);
    waiters.delete(id);
  };

  const start = (): Worker => {
    const w = startWorker(new URL('./ingest-worker.ts', import.meta.url));
    w.on('message', (message: FromWorker) => {
      if (message.type === 'closed') return;
      const id = message.id ?? running;
      if (id === undefined) return;
      settle(
        id,
        message.type === 'done'
          ? { state: 'done', ...message.answer }
          : { state: 'failed', error: message.error },
      );
      if (id === running) running = undefined;
      next();
    });
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = undefined;
      if (running) settle(running, { state: 'failed', error: why });
      running = undefined;
      if (!closing) next();
    };
    w.on('error', (error) => lost(`the ingest worker failed: ${error.message}`));
    w.on('exit', (code) => lost(`the ingest worker stopped (exit code ${code})`));
    w.postMessage({ type: 'open', db } satisfies ToWorker);
    return w;
  };

  /** Sends the next job to the worker when it is free; an idle worker does not keep the process alive. */
  const next = () => {
    if (closing || running) return;
    const id = waiting.shift();
    if (id === undefined) {
      worker?.unref();
      return;
    }
    const upload = uploads.get(id) as Upload;
    uploads.delete(id);
    worker ??= start();
    worker.ref();
    running = id;
    settle(id, { state: 'running' });
    worker.postMessage({ type: 'job', id, upload } satisfies ToWorker);
  };

  /** Forgets the oldest finished jobs beyond `keepJobs`. */
  const prune = () => {
    for (const [id, job] of jobs) {
      if (jobs.size <= keepJobs) return;
      if (job.state === 'done' || job.state === 'failed') jobs.delete(id);
    }
  };

  return {
    async submit(upload) {
      if (closing) throw new Error('the ingest queue is closed');
      const job: Job = { id: randomUUID(), state: 'queued' };
      jobs.set(job.id, job);
      uploads.set(job.id, upload);
      waiting.push(job.id);
      prune();
      next();
      return job;
    },
    get: async (id) => jobs.get(id),
    finished(id) {
      const job = jobs.get(id);
      if (!job) return Promise.reject(new Error(`no job ${id}`));
      if (job.state === 'done' || job.state === 'failed') return Promise.resolve(job);
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },
    async close(graceMs = 5000) {
      closing = true;
      for (const id of waiting.splice(0)) settle(id, { state: 'failed', error: 'the server closed' });
      const w = worker;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      if (running) {
        settle(running, { state: 'failed', error: 'the server closed' });
        await w.terminate();
      } else {
        w.ref();
        w.postMessage({ type: 'close' } satisfies ToWorker);
        const timer = setTimeout(() => void w.terminate(), graceMs);
        await exited;
        clearTimeout(timer);
      }
      worker = undefined;
    },
  };
}
