// The ingest worker: its own connection to the index (a SQLite file in WAL mode, or a PostgreSQL
// database), adding each job's articles in turn, so the server's thread goes on answering reads from
// its connection meanwhile.
import { parentPort } from 'node:worker_threads';
import { type CorpusIndex, openCorpusIndex } from '../../../src/corpus-index/index.ts';
import { readArticleObjects, readUpload } from '../../../src/ingest/upload.ts';
import { openStore } from '../../../src/store/open.ts';
import type { FromWorker, ToWorker, Upload } from './messages.ts';
import { ingestOutcomes } from './outcomes.ts';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs in a worker thread');
const send = (message: FromWorker) => port.postMessage(message);

let index: Promise<CorpusIndex> | undefined;

/** The articles of an upload, read as `newstrace ingest` reads files. */
const read = async (upload: Upload) =>
  upload.kind === 'objects'
    ? readArticleObjects(upload.values, upload.name)
    : readUpload({
        bytes: upload.bytes,
        ...(upload.contentType ? { contentType: upload.contentType } : {}),
        ...(upload.name ? { name: upload.name } : {}),
      });

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'open') {
    index = openStore(message.db).then((store) => openCorpusIndex(store));
    // A failure to open is told with the first job.
    index.catch(() => {});
    return;
  }
  if (message.type === 'close') {
    await (await index?.catch(() => undefined))?.close();
    send({ type: 'closed' });
    port?.close();
    return;
  }
  try {
    if (!index) throw new Error('the ingest worker was given a job before an index');
    const articles = await read(message.upload);
    const report = await (await index).add(articles.articles);
    send({ type: 'done', id: message.id, answer: ingestOutcomes(articles, report) });
  } catch (error) {
    send({ type: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
}

// One message at a time, in the order sent: jobs never overlap.
let turn = Promise.resolve();
port.on('message', (message: ToWorker) => {
  turn = turn.then(() => handle(message));
});
