// The ingest worker: its own connection to the index (a SQLite file in WAL mode, or a PostgreSQL
// database), adding each job's articles in turn, so the server's thread goes on answering reads from
// its connection meanwhile. On SQLite the server sends it the jobs; on PostgreSQL it takes them from
// the database's job queue (src/queue/worker.ts), as `newstrace worker` processes may too.
import { parentPort } from 'node:worker_threads';
import type PgBoss from 'pg-boss';
import { type CorpusIndex, openCorpusIndex } from '../../../src/corpus-index/index.ts';
import { openQueue } from '../../../src/queue/queue.ts';
import { ingestUpload } from '../../../src/queue/upload-job.ts';
import { work } from '../../../src/queue/worker.ts';
import { openStore } from '../../../src/store/open.ts';
import type { FromWorker, ToWorker } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs in a worker thread');
const send = (message: FromWorker) => port.postMessage(message);

let index: Promise<CorpusIndex> | undefined;
/** The queue's work loop, when taking jobs from PostgreSQL: stopped by `stop`, then its queue closed. */
let working: Promise<PgBoss | undefined> | undefined;
const stop = new AbortController();

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Takes jobs from the queue in `db` until closed; a failure to open is told once, then the thread stops. */
async function takeJobs(db: string, pollMs: number): Promise<PgBoss | undefined> {
  let boss: PgBoss | undefined;
  try {
    // Other workers may write the same stories meanwhile: compare ahead of their writer lock, as they do.
    index = openStore(db).then((store) => openCorpusIndex(store, { compareAhead: true }));
    const opened = await index;
    // This thread runs pg-boss's maintenance, which gives a killed worker's jobs to another.
    boss = await openQueue(db, { supervise: true });
    await work(boss, opened, { exitWhenIdle: false, pollMs, signal: stop.signal });
  } catch (error) {
    send({ type: 'failed', error: `the ingest worker stopped taking jobs: ${errorText(error)}` });
  }
  return boss;
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'open') {
    index = openStore(message.db).then((store) => openCorpusIndex(store));
    // A failure to open is told with the first job.
    index.catch(() => {});
    return;
  }
  if (message.type === 'work') {
    working = takeJobs(message.db, message.pollMs);
    return;
  }
  if (message.type === 'close') {
    stop.abort();
    await (await working)?.stop({ graceful: false, wait: true });
    await (await index?.catch(() => undefined))?.close();
    send({ type: 'closed' });
    port?.close();
    return;
  }
  try {
    if (!index) throw new Error('the ingest worker was given a job before an index');
    const { answer } = await ingestUpload(await index, message.upload);
    send({ type: 'done', id: message.id, answer });
  } catch (error) {
    send({ type: 'failed', id: message.id, error: errorText(error) });
  }
}

// One message at a time, in the order sent: jobs never overlap.
let turn = Promise.resolve();
port.on('message', (message: ToWorker) => {
  turn = turn.then(() => handle(message));
});
