// The HTTP API through fastify's inject: every route, its status codes, the token, schema failures,
// an upload of each format, jobs, paging, and reads answered while an ingest job writes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { warcArchive } from '../../bench/corpus/warc.ts';
import { openCorpusIndex } from '../../src/corpus-index/index.ts';
import type { Sources, StoryListing } from '../../src/corpus-index/types.ts';
import { ingest } from '../../src/ingest/index.ts';
import { analyze } from '../../src/pipeline.ts';
import type { IngestAnswer } from '../../src/queue/outcomes.ts';
import type { Comparison } from '../../src/report/comparison.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { createServer } from './app.ts';
import type { Job } from './jobs/queue.ts';

const examples = new URL('../../examples/', import.meta.url).pathname;
const charsets = new URL('../../test/fixtures/charsets/', import.meta.url).pathname;
const exampleFiles = readdirSync(examples).filter((f) => f !== 'README.md');
const { articles: exampleArticles } = await ingest([examples]);

const token = 'a-test-token';
const auth = { authorization: `Bearer ${token}` };

/** A page of one invented article, as a small publisher's site would serve it. */
const page = (n: number) =>
  `<!doctype html><html><head><title>Pier ${n} reopens</title></head><body><article><h1>Pier ${n} reopens</h1><p>The Lowmoor pier ${n} reopened on Monday after ${n + 2} weeks of repairs to its pylons.</p><p>Divers found no further damage, the harbour board said on Tuesday.</p></article></body></html>`;

/** An Atom feed of two example articles (their text as entry content). */
function atomFeed(): string {
  const entry = (id: string) => {
    const a = exampleArticles.find((x) => x.id === id);
    const paragraphs = (a?.text ?? '').split(/\n+/).filter((p) => p.trim());
    const html = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    return `<entry><title>${id}</title><id>urn:example:${id}</id><link href="https://atom.example/${id}"/><updated>2026-03-05T10:00:00Z</updated><content type="html">${html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content></entry>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:example:wire</id><updated>2026-03-05T10:00:00Z</updated>${entry('valley-gazette')}${entry('public-radio')}</feed>`;
}

test('newstrace serve', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-serve-'));
  const db = join(dir, 'index.db');
  const apps: FastifyInstance[] = [];
  t.after(async () => {
    for (const app of apps) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = await createServer({ db, token, webRoot: join(dir, 'no-web') });
  apps.push(app);
  const request = async <T = unknown>(options: InjectOptions) => {
    const response = await app.inject(options);
    return { status: response.statusCode, headers: response.headers, body: response.json() as T };
  };
  const upload = (payload: string | Uint8Array, contentType: string, query = '') =>
    request<IngestAnswer>({
      method: 'POST',
      url: `/api/articles${query}`,
      headers: { ...auth, 'content-type': contentType },
      payload: Buffer.from(payload),
    });
  const postJson = <T = IngestAnswer>(
    url: string,
    payload: unknown,
    headers: Record<string, string> = auth,
  ) =>
    request<T>({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });
  const outcomes = (answer: IngestAnswer) => answer.results.map((r) => [r.id, r.outcome]);

  await t.test('should answer its health with the number of articles', async () => {
    assert.deepEqual((await request({ method: 'GET', url: '/healthz' })).body, { ok: true, articles: 0 });
  });

  await t.test('should refuse every write without the token, before reading the body', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: token }]) {
      const answer = await request({
        method: 'POST',
        url: '/api/articles',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{ not json',
      });
      assert.equal(answer.status, 401);
      assert.equal((answer.body as { code: string }).code, 'NT_HTTP_UNAUTHORIZED');
      assert.equal(answer.headers['www-authenticate'], 'Bearer');
    }
  });

  await t.test('should answer 400 for malformed JSON and bodies failing the schema', async () => {
    for (const payload of ['{ not json', '{"title": "no text"}', '[]', '{"text": 5}', '{"text": ""}']) {
      const answer = await request<{ code: string; message: string }>({
        method: 'POST',
        url: '/api/articles',
        headers: { ...auth, 'content-type': 'application/json' },
        payload,
      });
      assert.equal(answer.status, 400, payload);
      assert.equal(answer.body.code, 'NT_HTTP_BAD_REQUEST');
    }
    const pdf = await upload('%PDF-1.7', 'application/pdf');
    assert.equal(pdf.status, 415);
    assert.equal((pdf.body as unknown as { code: string }).code, 'NT_HTTP_UNSUPPORTED_TYPE');
  });

  await t.test('should add uploads of text and Markdown, read as ingest reads files', async () => {
    for (const file of exampleFiles) {
      const type = file.endsWith('.md') ? 'text/markdown' : 'text/plain; charset=utf-8';
      const answer = await upload(readFileSync(join(examples, file)), type, `?name=${file}`);
      assert.equal(answer.status, 201);
      assert.deepEqual(outcomes(answer.body), [[file.replace(/\.\w+$/, ''), 'added']]);
    }
    assert.deepEqual((await request({ method: 'GET', url: '/healthz' })).body, { ok: true, articles: 8 });
  });

  await t.test('should tell an article already indexed from another text under its id', async () => {
    const same = await upload(
      readFileSync(join(examples, 'digest-network.txt')),
      'text/plain',
      '?name=digest-network.txt',
    );
    assert.deepEqual(outcomes(same.body), [['digest-network', 'already indexed']]);
    const other = await upload(
      readFileSync(join(examples, 'public-radio.txt')),
      'text/plain',
      '?name=digest-network.txt',
    );
    assert.equal(other.status, 201);
    assert.deepEqual(outcomes(other.body), [['digest-network', 'refused']]);
    assert.equal(other.body.results[0]?.diagnostic?.code, 'NT_INDEX_ID_TAKEN');
  });

  await t.test('should read an upload of every format its Content-Type names', async () => {
    const archive = await warcArchive(
      [1, 2].map((n) => ({ url: `https://pier.example/${n}`, date: '2031-01-01T00:00:00Z', body: page(n) })),
    );
    const cases: Array<[string, string | Uint8Array, string[]]> = [
      ['text/html', readFileSync(join(charsets, 'page-windows-1252.html')), ['page']],
      [
        'application/rss+xml',
        readFileSync(join(charsets, 'feed-windows-1252.rss')),
        ['https://ledger.example/dredging', 'https://ledger.example/fares'],
      ],
      [
        'application/atom+xml',
        atomFeed(),
        ['https://atom.example/valley-gazette', 'https://atom.example/public-radio'],
      ],
      [
        'application/x-ndjson',
        readFileSync(join(charsets, 'lines-windows-1252.jsonl')),
        ['tide-mill-vote', 'tide-mill-cost'],
      ],
      ['application/warc', gunzipSync(archive), ['https://pier.example/1', 'https://pier.example/2']],
    ];
    for (const [type, bytes, ids] of cases) {
      const answer = await upload(bytes, type, type === 'text/html' ? '?name=page.html' : '');
      assert.equal(answer.status, 201, type);
      assert.deepEqual(
        outcomes(answer.body),
        ids.map((id) => [id, 'added']),
        type,
      );
    }
    // The same bytes under the other types of their formats: read the same, so already indexed.
    const again: Array<[string, string | Uint8Array, number]> = [
      ['application/xml', readFileSync(join(charsets, 'feed-windows-1252.rss')), 2],
      ['application/jsonl', readFileSync(join(charsets, 'lines-windows-1252.jsonl')), 2],
      ['application/gzip', archive, 2],
    ];
    for (const [type, bytes, count] of again) {
      const answer = await upload(bytes, type);
      assert.deepEqual(
        outcomes(answer.body).map(([, outcome]) => outcome),
        Array(count).fill('already indexed'),
        type,
      );
    }
    const guessed = await upload(
      readFileSync(join(charsets, 'windows-1252.txt')),
      'text/plain',
      '?name=w.txt',
    );
    assert.deepEqual(
      guessed.body.diagnostics.map((d) => d.code),
      ['NT_INGEST_CHARSET_GUESSED'],
    );
  });

  await t.test('should give each article object its outcome, problems as diagnostics', async () => {
    const answer = await postJson('/api/articles', [
      { id: 'pier-9', html: page(9), publisher: 'Lowmoor Ledger', published: '2031-01-09T09:00:00Z' },
      { id: 'short', text: 'Too short.' },
    ]);
    assert.equal(answer.status, 201);
    assert.deepEqual(outcomes(answer.body), [
      ['pier-9', 'added'],
      ['short', 'refused'],
    ]);
    assert.equal(answer.body.results[1]?.diagnostic?.code, 'NT_INGEST_TOO_SHORT');
  });

  await t.test('should answer 202 with a job when told not to wait, and the job its results', async () => {
    const accepted = await postJson<{ job: string }>('/api/articles?wait=false', {
      text: page(10).replace(/<[^>]+>/g, ' '),
    });
    assert.equal(accepted.status, 202);
    let job: Job;
    // inject answers without going round the event loop: waiting a little lets the worker's message in.
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = (await request<Job>({ method: 'GET', url: `/api/jobs/${accepted.body.job}` })).body;
    } while (job.state === 'queued' || job.state === 'running');
    assert.equal(job.state, 'done');
    assert.deepEqual(
      job.results?.map((r) => r.outcome),
      ['added'],
    );
    assert.equal((await request({ method: 'GET', url: '/api/jobs/no-such-job' })).status, 404);
  });

  await t.test('should show a stored article, its text, sentences and contribution', async () => {
    const answer = await request<{
      article: { id: string; story: string; publisher?: string };
      text: string;
      sentences: string[];
      contribution?: { role: string };
    }>({
      method: 'GET',
      url: '/api/articles/eastbridge-observer',
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.article.publisher, 'Eastbridge Observer');
    assert.ok(answer.body.sentences.length > 20);
    assert.match(answer.body.text, /Marrow River/);
    assert.equal(answer.body.contribution?.role, 'original');
    // An id that is a URL travels encoded as one path segment.
    const feed = await request<{ article: { id: string; url?: string } }>({
      method: 'GET',
      url: `/api/articles/${encodeURIComponent('https://ledger.example/dredging')}`,
    });
    assert.equal(feed.status, 200);
    assert.equal(feed.body.article.url, 'https://ledger.example/dredging');
    // An id that is markup comes back in JSON that no browser renders or sniffs as a page.
    const hostile = await app.inject({
      method: 'GET',
      url: `/api/articles/${encodeURIComponent('<script>alert(1)</script>')}`,
    });
    assert.equal(hostile.statusCode, 404);
    assert.match(hostile.headers['content-type'] as string, /^application\/json/);
    assert.equal(hostile.headers['x-content-type-options'], 'nosniff');
    assert.match(hostile.headers['content-security-policy'] as string, /default-src 'none'/);
    for (const url of ['/api/articles/nope', '/api/articles/nope/sources', '/api/stories/nope', '/api/nope'])
      assert.deepEqual(
        [
          (await request<{ code: string }>({ method: 'GET', url })).status,
          (await request<{ code: string }>({ method: 'GET', url })).body.code,
        ],
        [404, 'NT_HTTP_NOT_FOUND'],
        url,
      );
  });

  await t.test("should answer an article's sources as newstrace sources --json does", async () => {
    const reader = await openCorpusIndex(openSqliteStore(db));
    try {
      const answer = await request<Sources>({ method: 'GET', url: '/api/articles/newsspin-hub/sources' });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, JSON.parse(JSON.stringify(await reader.sources('newsspin-hub'))));
      assert.deepEqual(
        answer.body.derivedFrom.map((d) => [d.original, d.method]),
        [['eastbridge-observer', 'paraphrased']],
      );
    } finally {
      await reader.close();
    }
  });

  await t.test('should answer the sources of a posted article without storing it', async () => {
    const before = await request<{ articles: number }>({ method: 'GET', url: '/healthz' });
    const copy = exampleArticles.find((a) => a.id === 'regional-wire');
    const asJson = await postJson<Sources>('/api/sources', { id: 'wire-again', text: copy?.text }, {});
    assert.equal(asJson.status, 200);
    assert.ok(asJson.body.derivedFrom.some((d) => d.original === 'regional-wire' && d.method === 'verbatim'));
    const raw = await request<Sources>({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'text/plain' },
      payload: readFileSync(join(examples, 'county-post.txt')),
    });
    assert.equal(raw.status, 200);
    assert.match(raw.body.article.id, /^upload-[0-9a-f]{12}$/);
    // The same text is indexed as county-post: the upload is its verbatim copy.
    assert.ok(raw.body.derivedFrom.some((d) => d.original === 'county-post' && d.method === 'verbatim'));
    const short = await postJson<{ code: string }>('/api/sources', { text: 'Too short.' }, {});
    assert.deepEqual([short.status, short.body.code], [400, 'NT_INGEST_TOO_SHORT']);
    const notOne = await request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/rss+xml' },
      payload: 'x',
    });
    assert.equal(notOne.status, 415);
    assert.deepEqual((await request({ method: 'GET', url: '/healthz' })).body, before.body);
  });

  await t.test('should page through the stories newest first, and find them by words', async () => {
    const reader = await openCorpusIndex(openSqliteStore(db));
    const all = JSON.parse(JSON.stringify(await reader.stories())) as StoryListing[];
    await reader.close();
    const seen: StoryListing[] = [];
    let cursor: string | null = null;
    do {
      const answer: { body: { stories: StoryListing[]; next: string | null }; status: number } =
        await request({
          method: 'GET',
          url: `/api/stories?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        });
      assert.equal(answer.status, 200);
      assert.ok(answer.body.stories.length <= 3);
      seen.push(...answer.body.stories);
      cursor = answer.body.next;
    } while (cursor);
    assert.deepEqual(seen, all);
    const ledger = await request<{ stories: StoryListing[] }>({
      method: 'GET',
      url: '/api/stories?q=lowmoor%20LEDGER',
    });
    assert.ok(ledger.body.stories.length > 0);
    assert.ok(ledger.body.stories.every((s) => s.articles.some((a) => a.publisher === 'Lowmoor Ledger')));
    const none = await request<{ stories: StoryListing[]; next: null }>({
      method: 'GET',
      url: '/api/stories?q=zeppelin',
    });
    assert.deepEqual(none.body, { stories: [], next: null });
    const since = await request<{ stories: StoryListing[] }>({
      method: 'GET',
      url: '/api/stories?since=2031-01-01',
    });
    assert.ok(since.body.stories.every((s) => s.articles.some((a) => a.id.includes('pier'))));
    for (const query of ['limit=0', 'limit=501', 'limit=ten', 'cursor=bm9wZQ', 'since=someday'])
      assert.equal((await request({ method: 'GET', url: `/api/stories?${query}` })).status, 400, query);
  });

  await t.test('should give one story with its kinships and full derivations', async () => {
    const answer = await request<
      StoryListing & { kinships: unknown[]; derivationsFull: Array<{ passages: unknown[] }> }
    >({
      method: 'GET',
      url: '/api/stories/county-post',
    });
    assert.equal(answer.status, 200);
    assert.ok(answer.body.articles.some((a) => a.id === 'eastbridge-observer' && a.role === 'original'));
    assert.equal(answer.body.derivationsFull.length, answer.body.derivations.length);
    assert.ok(answer.body.derivationsFull.every((d) => d.passages.length > 0));
    assert.ok(Array.isArray(answer.body.kinships));
  });

  await t.test('should compare a copy with its original, the original on the left', async () => {
    const answer = await request<Comparison>({
      method: 'GET',
      url: '/api/compare?a=newsspin-hub&b=eastbridge-observer',
    });
    assert.equal(answer.status, 200);
    const { a, b, relation, derivation, rows, quoteVariants } = answer.body;
    assert.deepEqual(
      [a.id, b.id, relation, derivation?.original],
      ['newsspin-hub', 'eastbridge-observer', 'derived', 'eastbridge-observer'],
    );
    const aligned = rows.filter((r) => r.kind === 'aligned');
    assert.ok(aligned.length > 10);
    assert.ok(
      aligned.every((r) => r.original.every((i) => i < b.sentences.length) && r.copy < a.sentences.length),
    );
    assert.ok(quoteVariants.some((v) => v.kind === 'altered'));
    for (const [query, status] of [
      ['a=newsspin-hub', 400],
      ['a=newsspin-hub&b=newsspin-hub', 400],
      ['a=newsspin-hub&b=nope', 404],
    ] as const)
      assert.equal((await request({ method: 'GET', url: `/api/compare?${query}` })).status, status, query);
  });

  await t.test('should list the quotations of a speaker, any case, newest articles first', async () => {
    const answer = await request<{ quotes: Array<{ speaker: string; title: string; article: string }> }>({
      method: 'GET',
      url: '/api/quotes?speaker=OKAFOR',
    });
    assert.equal(answer.status, 200);
    assert.ok(answer.body.quotes.length >= 5);
    assert.ok(answer.body.quotes.every((q) => /okafor/i.test(q.speaker) && q.title !== ''));
    assert.ok(answer.body.quotes.some((q) => q.article === 'tide-mill-vote'));
    // The only example with a publication time (March 2026) comes after those dated by their ingest.
    assert.equal(answer.body.quotes.at(-1)?.article, 'eastbridge-observer');
    const one = await request<{ quotes: unknown[] }>({
      method: 'GET',
      url: '/api/quotes?speaker=okafor&limit=1',
    });
    assert.equal(one.body.quotes.length, 1);
  });

  await t.test('should analyse posted articles as analyze --json does, storing nothing', async () => {
    const before = await request<{ articles: number }>({ method: 'GET', url: '/healthz' });
    const posted = exampleArticles.map((a) => ({ id: a.id, text: a.text, ...a.meta }));
    const answer = await postJson<{
      version: number;
      derivations: Array<{ original: string; copy: string }>;
      stories: unknown[];
    }>('/api/analyze', posted, {});
    assert.equal(answer.status, 200);
    const expected = await analyze(exampleArticles);
    assert.equal(answer.body.version, 2);
    assert.deepEqual(
      answer.body.derivations.map((d) => `${d.original}>${d.copy}`),
      expected.provenance.derivations.map((d) => `${d.original}>${d.copy}`),
    );
    assert.equal(answer.body.stories.length, expected.stories.length);
    const tooMany = await postJson('/api/analyze', Array(101).fill(posted[0]), {});
    assert.equal(tooMany.status, 400);
    assert.deepEqual((await request({ method: 'GET', url: '/healthz' })).body, before.body);
  });

  await t.test('should describe every route in its OpenAPI document', async () => {
    const answer = await request<{ openapi: string; paths: Record<string, Record<string, unknown>> }>({
      method: 'GET',
      url: '/api/openapi.json',
    });
    assert.equal(answer.status, 200);
    assert.match(answer.body.openapi, /^3\./);
    const routes = Object.entries(answer.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(routes.sort(), [
      'get /api/articles/{id}',
      'get /api/articles/{id}/sources',
      'get /api/compare',
      'get /api/jobs/{id}',
      'get /api/openapi.json',
      'get /api/quotes',
      'get /api/stories',
      'get /api/stories/{id}',
      'get /healthz',
      'post /api/analyze',
      'post /api/articles',
      'post /api/sources',
    ]);
  });

  await t.test('should keep answering reads while an ingest job writes', async () => {
    const corpus = generateCorpus({ articles: 40, seed: 3 });
    const accepted = await postJson<{ job: string }>(
      '/api/articles?wait=false',
      corpus.articles.map((a) => ({ id: `gen-${a.id}`, text: a.text, published: a.published })),
    );
    assert.equal(accepted.status, 202);
    // Reads in turn until the job is done: each notes whether the job was still running when it came back.
    const reads: Array<{ route: string; ms: number; jobRunning: boolean }> = [];
    for (;;) {
      for (const url of ['/healthz', '/api/stories?limit=20']) {
        const started = performance.now();
        const answer = await app.inject({ method: 'GET', url });
        assert.equal(answer.statusCode, 200);
        const ms = performance.now() - started;
        const state = app.inject({ method: 'GET', url: `/api/jobs/${accepted.body.job}` });
        reads.push({ route: url, ms, jobRunning: ((await state).json() as Job).state !== 'done' });
      }
      const job = (await request<Job>({ method: 'GET', url: `/api/jobs/${accepted.body.job}` })).body;
      if (job.state === 'done' || job.state === 'failed') {
        assert.equal(job.state, 'done');
        assert.equal(job.results?.filter((r) => r.outcome === 'added').length, 40);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const during = reads.filter((r) => r.jobRunning);
    assert.ok(during.some((r) => r.route === '/healthz') && during.some((r) => r.route !== '/healthz'));
    t.diagnostic(
      `${during.length} reads answered while the job ran; slowest ${Math.max(...during.map((r) => r.ms)).toFixed(1)} ms`,
    );
  });

  await t.test('should refuse a body over its limit with 413', async () => {
    const small = await createServer({ db, token, bodyLimit: 1024, webRoot: join(dir, 'no-web') });
    apps.push(small);
    const answer = await small.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: 'x'.repeat(2048),
    });
    assert.equal(answer.statusCode, 413);
    assert.equal(answer.json().code, 'NT_HTTP_TOO_LARGE');
  });

  await t.test(
    'should serve the web UI with its security headers, index.html for its own pages',
    async () => {
      const web = join(dir, 'web');
      mkdirSync(join(web, 'assets'), { recursive: true });
      writeFileSync(
        join(web, 'index.html'),
        '<!doctype html><script type="module" src="/assets/app.js"></script>',
      );
      writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
      const site = await createServer({ db, token, webRoot: web });
      apps.push(site);
      for (const url of ['/', '/stories/eastbridge-observer?x=1']) {
        const answer = await site.inject({ method: 'GET', url });
        assert.equal(answer.statusCode, 200, url);
        assert.match(answer.headers['content-type'] as string, /^text\/html/);
        assert.match(
          answer.headers['content-security-policy'] as string,
          /script-src 'self'; style-src 'self'/,
        );
        assert.doesNotMatch(answer.headers['content-security-policy'] as string, /unsafe-inline/);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      }
      const script = await site.inject({ method: 'GET', url: '/assets/app.js' });
      assert.match(script.headers['cache-control'] as string, /immutable/);
      const api = await site.inject({ method: 'GET', url: '/api/nothing-here' });
      assert.deepEqual([api.statusCode, api.json().code], [404, 'NT_HTTP_NOT_FOUND']);
      assert.match(api.headers['content-type'] as string, /^application\/json/);
    },
  );

  await t.test('should refuse an in-memory database, which its worker could not share', async () => {
    await assert.rejects(createServer({ db: ':memory:' }), { name: 'ServerOptionsError' });
  });
});
