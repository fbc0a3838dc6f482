// The ingest queue the server posts uploads to: one interface, kept in the server's memory on SQLite
// (local-queue.ts) and in the database's pg-boss queue on PostgreSQL (boss-queue.ts), where any server
// on the database answers for any job. Either way the writes happen in a worker thread with its own
// connection, so that the server's thread only reads and keeps answering meanwhile.
import type { IngestAnswer } from '../../../src/queue/outcomes.ts';
import type { Upload } from './messages.ts';

export type { Upload } from './messages.ts';

/** A job as GET /api/jobs/:id answers it. */
export interface Job extends Partial<IngestAnswer> {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  error?: string;
}

export interface IngestQueue {
  /** Queues an upload; the job starts when the ones before it are done. */
  submit(upload: Upload): Promise<Job>;
  /** The job, while the queue keeps it (undefined for an id it does not know). */
  get(id: string): Promise<Job | undefined>;
  /** Resolves with the job once it is done or failed. */
  finished(id: string): Promise<Job>;
  /**
   * Stops the worker thread (see each implementation for what becomes of the jobs not done), waiting
   * at most `graceMs` (default 5 s) for it to close its index.
   */
  close(graceMs?: number): Promise<void>;
}
