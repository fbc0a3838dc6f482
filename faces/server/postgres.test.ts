// newstrace serve on PostgreSQL: uploads are jobs in the database's queue, so one server answers for
// a job another was posted, and every answer is the one a server on SQLite gives.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { IngestAnswer } from '../../src/queue/outcomes.ts';
import { postgresForTests, postgresMissing } from '../../test/support/postgres.ts';
import { createServer } from './app.ts';
import type { Job } from './jobs/queue.ts';

const token = 'a-test-token';
const auth = { authorization: `Bearer ${token}` };

/** A page of one invented article, as a small publisher's site would serve it. */
const page = (n: number) =>
  `<!doctype html><html><head><title>Pier ${n} reopens</title></head><body><article><h1>Pier ${n} reopens</h1><p>The Lowmoor pier ${n} reopened on Monday after ${n + 2} weeks of repairs to its pylons.</p><p>Divers found no further damage, the harbour board said on Tuesday.</p></article></body></html>`;

/** What each server is posted, in turn: a page, article objects (one refused), the page again, bytes unreadable. */
const posts: InjectOptions[] = [
  { headers: { 'content-type': 'text/html' }, payload: page(1), query: { name: 'pier-1.html' } },
  {
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify([
      { id: 'pier-2', html: page(2), publisher: 'Lowmoor Ledger', published: '2031-01-09T09:00:00Z' },
      { id: 'short', text: 'Too short.' },
    ]),
  },
  { headers: { 'content-type': 'text/html' }, payload: page(1), query: { name: 'pier-1.html' } },
  { headers: { 'content-type': 'application/x-ndjson' }, payload: '{"text": 5}\nnot json\n' },
].map((o) => ({ ...o, method: 'POST', url: '/api/articles', headers: { ...auth, ...o.headers } }));

const answer = <T>(response: { statusCode: number; json: () => unknown }) => ({
  status: response.statusCode,
  body: response.json() as T,
});

test('newstrace serve on PostgreSQL', async (t) => {
  const url = await postgresForTests();
  if (!url) return t.skip(postgresMissing);
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-serve-pg-'));
  const apps: FastifyInstance[] = [];
  t.after(async () => {
    for (const app of apps) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const serve = async (db: string) => {
    const app = await createServer({ db, token, webRoot: join(dir, 'no-web') });
    apps.push(app);
    return app;
  };
  const a = await serve(url);
  const b = await serve(url);
  const sqlite = await serve(join(dir, 'index.db'));

  // The answers of a server on SQLite, waiting for each post.
  const expected: IngestAnswer[] = [];
  for (const post of posts) {
    const done = answer<IngestAnswer>(await sqlite.inject(post));
    assert.equal(done.status, 201);
    expected.push(done.body);
  }

  await t.test('should answer a job posted to one server from another, as SQLite would', async () => {
    for (const [i, post] of posts.entries()) {
      const accepted = answer<{ job: string }>(
        await a.inject({ ...post, query: { ...(post.query as object), wait: 'false' } }),
      );
      assert.equal(accepted.status, 202);
      const seen = new Set<string>();
      let job: Job;
      for (;;) {
        const got = answer<Job>(await b.inject({ method: 'GET', url: `/api/jobs/${accepted.body.job}` }));
        assert.equal(got.status, 200);
        job = got.body;
        seen.add(job.state);
        if (job.state === 'done' || job.state === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal(job.state, 'done', job.error);
      t.diagnostic(`post ${i}: ${[...seen].join(' → ')}`);
      assert.ok(
        [...seen].every((s) => ['queued', 'running', 'done'].includes(s)),
        [...seen].join(),
      );
      assert.deepEqual({ results: job.results, diagnostics: job.diagnostics }, expected[i], `post ${i}`);
      // Either server answers for it, and with the same.
      const fromA = answer<Job>(await a.inject({ method: 'GET', url: `/api/jobs/${accepted.body.job}` }));
      assert.deepEqual(fromA.body, job);
    }
  });

  await t.test('should answer a waiting post as SQLite does', async () => {
    // Both servers' indexes hold every post now, as the SQLite one does: each post again answers alike.
    const again: IngestAnswer[] = [];
    let started = performance.now();
    for (const post of posts) again.push(answer<IngestAnswer>(await sqlite.inject(post)).body);
    const sqliteMs = performance.now() - started;
    started = performance.now();
    for (const [i, post] of posts.entries()) {
      const done = answer<IngestAnswer>(await (i % 2 ? a : b).inject(post));
      assert.equal(done.status, 201);
      assert.deepEqual(done.body, again[i], `post ${i}`);
    }
    t.diagnostic(
      `${posts.length} waiting posts: ${sqliteMs.toFixed(0)} ms on SQLite, ${(performance.now() - started).toFixed(0)} ms through the PostgreSQL queue`,
    );
    assert.ok(again.some((x) => x.results.some((r) => r.outcome === 'already indexed')));
  });

  await t.test('should answer 404 for a job no server has', async () => {
    for (const id of ['no-such-job', '00000000-0000-4000-8000-000000000000'])
      assert.equal((await b.inject({ method: 'GET', url: `/api/jobs/${id}` })).statusCode, 404);
  });

  await t.test('should show the articles ingested through the queue to every server', async () => {
    for (const app of [a, b]) {
      const article = await app.inject({ method: 'GET', url: '/api/articles/pier-2' });
      assert.equal(article.statusCode, 200);
    }
  });
});
