// Uploads as queue jobs: their bytes survive the job's JSON, and a worker reads and adds them,
// completing each with the answer the server gives, beside `ingest --queue` jobs of articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postgresForTests, postgresMissing } from '../../test/support/postgres.ts';
import { openCorpusIndex } from '../corpus-index/index.ts';
import { openStore } from '../store/open.ts';
import type { IngestAnswer } from './outcomes.ts';
import { type IngestJobOutput, ingestQueue, openQueue } from './queue.ts';
import { jobUpload, type Upload, uploadJob } from './upload-job.ts';
import { work } from './worker.ts';

const page = (n: number) =>
  `<!doctype html><html><head><title>Pier ${n} reopens</title></head><body><article><h1>Pier ${n} reopens</h1><p>The Lowmoor pier ${n} reopened on Monday after ${n + 2} weeks of repairs to its pylons.</p><p>Divers found no further damage, the harbour board said on Tuesday.</p></article></body></html>`;

test('should carry an upload through JSON unchanged, bytes included', () => {
  const uploads: Upload[] = [
    {
      kind: 'bytes',
      bytes: new Uint8Array([0, 255, 0xe9, 10, 13]),
      contentType: 'text/plain; charset=latin1',
    },
    { kind: 'objects', values: [{ text: 'x' }], name: 'posted' },
  ];
  for (const upload of uploads)
    assert.deepEqual(jobUpload(JSON.parse(JSON.stringify(uploadJob(upload)))), upload);
});

test('should complete an upload job with its answer and an article job with its counts', async (t) => {
  const url = await postgresForTests();
  if (!url) return t.skip(postgresMissing);
  const index = await openCorpusIndex(await openStore(url), { prepareWorkers: 0 });
  const boss = await openQueue(url);
  t.after(async () => {
    await boss.stop({ graceful: false, wait: true });
    await index.close();
  });
  const bytes = await boss.send(
    ingestQueue,
    uploadJob({
      kind: 'bytes',
      bytes: new TextEncoder().encode(page(1)),
      contentType: 'text/html',
      name: 'pier-1.html',
    }),
  );
  const objects = await boss.send(
    ingestQueue,
    uploadJob({
      kind: 'objects',
      values: [
        { id: 'pier-2', html: page(2) },
        { id: 'short', text: 'Too short.' },
      ],
    }),
  );
  const articles = await boss.send(ingestQueue, {
    articles: [{ id: 'pier-3', path: 'pier-3.txt', text: page(3).replace(/<[^>]+>/g, ' '), meta: {} }],
  });
  const done = await work(boss, index, { exitWhenIdle: true, pollMs: 50 });
  assert.deepEqual(done, { jobs: 3, failed: 0 });
  const output = async <T>(id: string | null) =>
    (await boss.getJobById<unknown>(ingestQueue, id as string))?.output as T;
  const outcomes = (answer: IngestAnswer) => answer.results.map((r) => [r.id, r.outcome, r.diagnostic?.code]);
  assert.deepEqual(outcomes(await output<IngestAnswer>(bytes)), [['pier-1', 'added', undefined]]);
  assert.deepEqual(outcomes(await output<IngestAnswer>(objects)), [
    ['pier-2', 'added', undefined],
    ['short', 'refused', 'NT_INGEST_TOO_SHORT'],
  ]);
  assert.equal((await output<IngestJobOutput>(articles)).added, 1);
});
