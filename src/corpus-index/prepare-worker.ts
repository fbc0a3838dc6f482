// Worker side of the prepare pool: reads each batch it is sent with its own preparer and sends it back
// as batch-message.ts lays it out, stamped with the time it was ready.
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../ingest/types.ts';
import { toMessage } from './batch-message.ts';
import { createPreparer } from './prepare.ts';

const preparer = await createPreparer();
parentPort?.on('message', ({ raw, quotes }: { raw: RawArticle[]; quotes: boolean }) => {
  const message = toMessage(preparer.prepare(raw, { quotes }));
  parentPort?.postMessage({ ...message, readyAt: performance.timeOrigin + performance.now() });
});
