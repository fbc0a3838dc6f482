// A worker: takes ingest jobs one at a time and adds their articles to the index, as `newstrace
// ingest` would: jobs of articles already read (`ingest --queue`) and uploads posted to a server on
// the same database (read here, completed with the answer the server gives). Jobs are at least once: a job is completed only after its articles are committed,
// so a worker killed mid-job leaves it active until its time is up, when pg-boss gives it to another
// worker; adding articles already stored (same id and content) changes nothing, so a job done twice
// stores nothing twice. Workers on other machines may add articles of the same story at the same
// moment: the store serialises their transactions (see IndexStore.begin).
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { AddReport, CorpusIndex } from '../corpus-index/index.ts';
import type { IngestAnswer } from './outcomes.ts';
import { type IngestJob, type IngestJobOutput, ingestQueue } from './queue.ts';
import { ingestUpload, isUploadJob, jobUpload, type UploadJob } from './upload-job.ts';

export interface WorkOptions {
  /** Return once no job is waiting or running anywhere (a lost job counts until it is retried and done). */
  exitWhenIdle: boolean;
  /** Milliseconds between looks at an empty queue. */
  pollMs?: number;
  /** Aborted: return after the job in hand. */
  signal?: AbortSignal;
  /** Called after each job's articles are committed. */
  onJob?: (id: string, report: AddReport) => void;
  /** Called when a job fails (pg-boss retries it up to its retry limit). */
  onFailure?: (id: string, error: Error) => void;
}

export interface WorkDone {
  jobs: number;
  failed: number;
}

/** Takes jobs from the queue into `index` until stopped, or idle when asked to exit then. */
export async function work(boss: PgBoss, index: CorpusIndex, options: WorkOptions): Promise<WorkDone> {
  const done: WorkDone = { jobs: 0, failed: 0 };
  const pollMs = options.pollMs ?? 1000;
  while (!options.signal?.aborted) {
    const [job] = await boss.fetch<IngestJob | UploadJob>(ingestQueue, { batchSize: 1 });
    if (!job) {
      // Waiting, retrying and active jobs: an active one may be a killed worker's, to be retried.
      if (options.exitWhenIdle && (await boss.getQueueSize(ingestQueue, { before: 'completed' })) === 0)
        break;
      await sleep(pollMs, undefined, { signal: options.signal }).catch(() => {});
      continue;
    }
    try {
      const { report, output } = await run(index, job.data);
      await boss.complete(ingestQueue, job.id, output);
      done.jobs += 1;
      options.onJob?.(job.id, report);
    } catch (error) {
      await boss.fail(ingestQueue, job.id, { message: (error as Error).message });
      done.failed += 1;
      options.onFailure?.(job.id, error as Error);
    }
  }
  return done;
}

/** One job's articles added: an upload's output is its IngestAnswer, an article job's its counts. */
async function run(
  index: CorpusIndex,
  data: IngestJob | UploadJob,
): Promise<{ report: AddReport; output: IngestJobOutput | IngestAnswer }> {
  if (isUploadJob(data)) {
    const { report, answer } = await ingestUpload(index, jobUpload(data));
    return { report, output: answer };
  }
  const report = await index.add(data.articles);
  const output: IngestJobOutput = {
    added: report.added.length,
    alreadyIndexed: report.alreadyIndexed.length,
    idTaken: report.idTaken.length,
    diagnostics: report.diagnostics.length,
  };
  return { report, output };
}
