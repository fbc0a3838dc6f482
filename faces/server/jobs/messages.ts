// What the server's thread and its ingest worker say to each other.
import type { IngestAnswer } from './outcomes.ts';

/** What a job ingests: article objects posted as JSON, or one upload's bytes. */
export type Upload =
  | { kind: 'objects'; values: unknown[]; name?: string }
  | { kind: 'bytes'; bytes: Uint8Array; contentType?: string; name?: string };

/** To the worker: open the index at `db` (first), ingest a job, or close the index and stop. */
export type ToWorker =
  | { type: 'open'; db: string }
  | { type: 'job'; id: string; upload: Upload }
  | { type: 'close' };

/** From the worker: a job's answer or failure, the index's failure to open, or that it has closed. */
export type FromWorker =
  | { type: 'done'; id: string; answer: IngestAnswer }
  | { type: 'failed'; id?: string; error: string }
  | { type: 'closed' };
