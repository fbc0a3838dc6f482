// Articles as read → ingest jobs. A job's id is the hash of its articles, so enqueuing the same
// files again adds no second job while pg-boss holds the first (waiting, running, done or failed,
// until it archives it after 12 hours): workers would find its articles stored already.
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { RawArticle } from '../ingest/types.ts';
import { type IngestJob, ingestQueue } from './queue.ts';

export interface EnqueueOptions {
  /** Articles per job: a job is added in one transaction, so a killed worker redoes at most this many. */
  jobSize: number;
  /** Seconds a worker may hold a job before it counts as lost and is given to another. */
  jobTimeoutSeconds: number;
  /** Times a failed or lost job is tried again. */
  retryLimit: number;
}

export const defaultEnqueueOptions: EnqueueOptions = { jobSize: 100, jobTimeoutSeconds: 900, retryLimit: 5 };

export interface Enqueued {
  articles: number;
  jobs: number;
  /** Jobs sent before with the same articles, still held by the queue. */
  alreadyQueued: number;
}

/** A job id from its articles' content: pg-boss ids are UUIDs, so the hash is written as one. */
function jobId(articles: RawArticle[]): string {
  const hex = createHash('sha256').update(JSON.stringify(articles)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Sends the articles of `chunks` as jobs of `jobSize`; returns what was sent. */
export async function enqueueArticles(
  boss: PgBoss,
  chunks: AsyncIterable<RawArticle[]>,
  options: EnqueueOptions = defaultEnqueueOptions,
): Promise<Enqueued> {
  const out: Enqueued = { articles: 0, jobs: 0, alreadyQueued: 0 };
  const send = async (articles: RawArticle[]) => {
    const data: IngestJob = { articles };
    const id = await boss.send(ingestQueue, data, {
      id: jobId(articles),
      expireInSeconds: options.jobTimeoutSeconds,
      retryLimit: options.retryLimit,
    });
    out.articles += articles.length;
    if (id === null) out.alreadyQueued += 1;
    else out.jobs += 1;
  };
  let pending: RawArticle[] = [];
  for await (const chunk of chunks) {
    pending.push(...chunk);
    while (pending.length >= options.jobSize) {
      await send(pending.slice(0, options.jobSize));
      pending = pending.slice(options.jobSize);
    }
  }
  if (pending.length > 0) await send(pending);
  return out;
}
