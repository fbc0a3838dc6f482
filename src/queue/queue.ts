// The ingest job queue: pg-boss, keeping its jobs in the index's own PostgreSQL database (schema
// `pgboss`), so that a worker needs nothing but the database's URL and no other server runs.
import PgBoss from 'pg-boss';
import type { RawArticle } from '../ingest/types.ts';

/** The schema of pg-boss's tables in the index's database. */
const schema = 'pgboss';

/** The queue every ingest job goes to. */
export const ingestQueue = 'newstrace-ingest';

/** One job: a chunk of articles as read, added to the index as `newstrace ingest` adds them. */
export interface IngestJob {
  articles: RawArticle[];
}

/** What a finished job reports (kept by pg-boss as the job's output). */
export interface IngestJobOutput {
  added: number;
  alreadyIndexed: number;
  idTaken: number;
  diagnostics: number;
}

export interface QueueOptions {
  /**
   * Runs pg-boss's maintenance here (at most one instance runs it per interval): among other things
   * it hands the jobs of a killed worker, once their time is up, to the next worker that asks.
   */
  supervise?: boolean;
  /** Seconds between maintenance runs; short, so that a killed worker's job is retried soon after it expires. */
  maintenanceSeconds?: number;
}

/** Connects to the queue in the database at `url`, creating pg-boss's schema and the queue when missing. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema,
    // A worker fetches a job at a time and an enqueuer sends in sequence: two connections are plenty.
    max: 2,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 10,
  });
  // pg-boss reports connection trouble as events; unheard, an 'error' event would end the process.
  boss.on('error', (error) => process.stderr.write(`newstrace: job queue: ${error.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(ingestQueue))) await boss.createQueue(ingestQueue);
  return boss;
}

/** A job of the ingest queue without its data: whether it holds an upload, its state and its output. */
export interface JobStatus {
  id: string;
  state: PgBoss.JobWithMetadata['state'];
  /** The job's output: what `complete` or `fail` was given (null before). */
  output: unknown;
  /** Whether the job is an upload to a server (src/queue/upload-job.ts) rather than `ingest --queue` articles. */
  upload: boolean;
}

/**
 * The job `id` (a UUID) of the ingest queue, archived ones included, or undefined. pg-boss's
 * getJobById returns the job's data too, which for an upload is its bytes: 142 ms a look for an
 * upload of 1 MB and 2.3 s for 20 MB against 7 ms and 36 ms here (local PostgreSQL, 10 looks each;
 * telling an upload by its data's key still reads the data, unsent).
 */
export async function jobStatus(boss: PgBoss, id: string): Promise<JobStatus | undefined> {
  for (const table of ['job', 'archive']) {
    const { rows } = await boss
      .getDb()
      .executeSql(
        `SELECT id, state, output, data ? 'upload' AS upload FROM ${schema}.${table} WHERE name = $1 AND id = $2`,
        [ingestQueue, id],
      );
    if (rows[0]) return rows[0] as JobStatus;
  }
  return undefined;
}
