// Worker side of the prepare pool: reads each batch it is sent with its own preparer and sends it back.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { createPreparer } from './prepare.ts';

const preparer = await createPreparer();
parentPort?.on('message', (raw: RawArticle[]) => {
  const t = performance.now();
  const r = preparer.prepare(raw);
  const t1 = performance.now();
  parentPort?.postMessage(r);
  console.error(`worker prepare ${(t1 - t).toFixed(0)} post ${(performance.now() - t1).toFixed(0)}`);
});
