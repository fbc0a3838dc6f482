// Worker side of the prepare pool: reads each batch it is sent with its own preparer and sends it back.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { createPreparer } from './prepare.ts';

const preparer = await createPreparer();
parentPort?.on('message', (raw: RawArticle[]) => {
  parentPort?.postMessage(preparer.prepare(raw));
});
