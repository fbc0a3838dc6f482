// What the server's thread and its ingest worker say to each other.
import type { IngestAnswer } from '../../../src/queue/outcomes.ts';

export type { Upload } from '../../../src/queue/upload-job.ts';

import type { Upload } from '../../../src/queue/upload-job.ts';

/**
 * To the worker: open the index at `db` (first) then ingest jobs sent here, or instead take jobs from
 * the PostgreSQL queue in `db` (`work`, until closed); close the index and stop.
 */
export type ToWorker =
  | { type: 'open'; db: string }
  | { type: 'job'; id: string; upload: Upload }
  | { type: 'work'; db: string; pollMs: number }
  | { type: 'close' };

/** From the worker: a job's answer or failure, the index's (or queue's) failure, or that it has closed. */
export type FromWorker =
  | { type: 'done'; id: string; answer: IngestAnswer }
  | { type: 'failed'; id?: string; error: string }
  | { type: 'closed' };
