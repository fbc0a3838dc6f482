// Reading batches in worker threads, so the next batches are segmented and represented while this
// thread compares and stores the current one.
import type { Worker } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { startWorker } from '../worker-thread.ts';
import type { Prepared } from './prepare.ts';

export interface PreparePool {
  /** Prepares a batch in the next worker, in turn. */
  prepare(raw: RawArticle[]): Promise<Prepared>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (prepared: Prepared) => void;
  reject: (error: Error) => void;
}

/** A pool of `size` workers, started now (each loads the language model, about a second). */
export function preparePool(size: number): PreparePool {
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(new URL('./prepare-worker.ts', import.meta.url));
    // A worker answers its batches in the order it was sent them.
    const pending: Pending[] = [];
    const state: { worker: Worker; pending: Pending[]; failed?: Error } = { worker, pending };
    worker.on('message', (prepared: Prepared) => {
      pending.shift()?.resolve(prepared);
      if (pending.length === 0) worker.unref();
    });
    const fail = (error: Error) => {
      state.failed ??= error;
      for (const p of pending.splice(0)) p.reject(state.failed);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a prepare worker stopped (exit code ${code})`)));
    // An idle worker must not keep the process alive (an index left open); a busy one must.
    worker.unref();
    return state;
  });
  let turn = 0;
  return {
    prepare(raw) {
      const { worker, pending, failed } = workers[turn++ % workers.length] as (typeof workers)[number];
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        pending.push({ resolve, reject });
        worker.ref();
        worker.postMessage(raw);
      });
    },
    async close() {
      for (const state of workers) state.failed ??= new Error('the prepare pool is closed');
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
