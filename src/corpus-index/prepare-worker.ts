// Worker side of the prepare pool: reads each batch it is sent with its own preparer and sends it back
// (tokens as columns: batch-message.ts).
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { toMessage } from './batch-message.ts';
import { createPreparer } from './prepare.ts';

const preparer = await createPreparer();
parentPort?.on('message', ({ raw, quotes }: { raw: RawArticle[]; quotes: boolean }) => {
  const message = toMessage(preparer.prepare(raw, { quotes }));
  parentPort?.postMessage({ ...message, readyAt: performance.timeOrigin + performance.now() });
});
