// Uploads as jobs: what the server was posted (article objects or one input's bytes), read and added
// by whoever takes the job — the server's own ingest thread, or a `newstrace worker` when the job
// goes through the PostgreSQL queue, where its bytes travel as base64 in the job's JSON.
import type { AddReport, CorpusIndex } from '../corpus-index/index.ts';
import { readArticleObjects, readUpload } from '../ingest/upload.ts';
import { type IngestAnswer, ingestOutcomes } from './outcomes.ts';

/** What an upload job ingests: article objects posted as JSON, or one upload's bytes. */
export type Upload =
  | { kind: 'objects'; values: unknown[]; name?: string }
  | { kind: 'bytes'; bytes: Uint8Array; contentType?: string; name?: string };

/** An upload as a queue job's data (JSON): bytes as base64. Its output is the job's IngestAnswer. */
export interface UploadJob {
  upload:
    | { kind: 'objects'; values: unknown[]; name?: string }
    | { kind: 'bytes'; base64: string; contentType?: string; name?: string };
}

/** The job data of an upload. */
export function uploadJob(upload: Upload): UploadJob {
  if (upload.kind === 'objects') return { upload };
  const { bytes, ...rest } = upload;
  return { upload: { ...rest, base64: Buffer.from(bytes).toString('base64') } };
}

/** Whether a queue job's data is an upload (else it is an `ingest --queue` job of articles). */
export function isUploadJob(data: unknown): data is UploadJob {
  return typeof data === 'object' && data !== null && 'upload' in data;
}

/** The upload a job's data holds. */
export function jobUpload(job: UploadJob): Upload {
  if (job.upload.kind === 'objects') return job.upload;
  const { base64, ...rest } = job.upload;
  return { ...rest, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/**
 * Reads an upload as `newstrace ingest` reads files and adds its articles to `index`: the answer
 * the server gives (a result per article, every diagnostic) and the index's own report.
 */
export async function ingestUpload(
  index: CorpusIndex,
  upload: Upload,
): Promise<{ answer: IngestAnswer; report: AddReport }> {
  const read =
    upload.kind === 'objects'
      ? readArticleObjects(upload.values, upload.name)
      : await readUpload({
          bytes: upload.bytes,
          ...(upload.contentType ? { contentType: upload.contentType } : {}),
          ...(upload.name ? { name: upload.name } : {}),
        });
  const report = await index.add(read.articles);
  return { answer: ingestOutcomes(read, report), report };
}
