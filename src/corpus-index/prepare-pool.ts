// Reading batches in worker threads, so the next batches are segmented and represented while this
// thread compares and stores the current one.
import type { Worker } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { startWorker } from '../worker-thread.ts';
import { type BatchMessage, fromMessage } from './batch-message.ts';
import type { Prepared } from './prepare.ts';

export interface PreparePool {
  /** Prepares a batch in the next worker, in turn; `quotes`: find the quotations too. */
  prepare(raw: RawArticle[], quotes?: boolean): Promise<ReadBatch>;
  close(): Promise<void>;
}

/** A batch read in a worker, and when it was ready there (`performance.timeOrigin` + `now()`, ms). */
export interface ReadBatch {
  batch: Prepared;
  readyAt: number;
}

interface Pending {
  resolve: (read: ReadBatch) => void;
  reject: (error: Error) => void;
}

/**
 * Batches a worker reads before a fresh one replaces it. wink-nlp keeps every word form it had not
 * seen (names, figures) for good, about 1 KB per news article, so a worker's memory would grow with
 * the corpus; a new worker (about a second to start) every 20 batches, 10,000 articles, bounds it.
 */
const renewAfter = 20;

interface PrepareWorker {
  worker: Worker;
  /** Batches sent and not answered yet: a worker answers in the order it was sent them. */
  pending: Pending[];
  sent: number;
  failed?: Error;
}

function startPrepareWorker(): PrepareWorker {
  const worker = startWorker(new URL('./prepare-worker.ts', import.meta.url));
  const state: PrepareWorker = { worker, pending: [], sent: 0 };
  worker.on('message', (message: BatchMessage & { readyAt: number }) => {
    state.pending.shift()?.resolve({ batch: fromMessage(message), readyAt: message.readyAt });
    if (state.pending.length === 0) worker.unref();
  });
  const fail = (error: Error) => {
    state.failed ??= error;
    for (const p of state.pending.splice(0)) p.reject(state.failed);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a prepare worker stopped (exit code ${code})`)));
  // An idle worker must not keep the process alive (an index left open); a busy one must.
  worker.unref();
  return state;
}

/** A pool of `size` workers, started now (each loads the language model, about a second). */
export function preparePool(size: number, batchesPerWorker = renewAfter): PreparePool {
  const workers = Array.from({ length: size }, startPrepareWorker);
  let turn = 0;
  return {
    prepare(raw, quotes = false) {
      const slot = turn++ % workers.length;
      let state = workers[slot] as PrepareWorker;
      if (state.sent >= batchesPerWorker && state.pending.length === 0 && !state.failed) {
        void state.worker.terminate();
        state = startPrepareWorker();
        workers[slot] = state;
      }
      const { worker, pending, failed } = state;
      if (failed) return Promise.reject(failed);
      state.sent++;
      return new Promise((resolve, reject) => {
        pending.push({ resolve, reject });
        worker.ref();
        worker.postMessage({ raw, quotes });
      });
    },
    async close() {
      for (const state of workers) state.failed ??= new Error('the prepare pool is closed');
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
