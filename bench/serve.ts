// Measures `newstrace serve` under load: the generated corpus is ingested into an index on disk, the
// server started on it (the CLI, in its own process, on a loopback port), and autocannon asks
// GET /api/articles/:id/sources (ids cycling over the corpus) and GET /api/stories?limit=50 for
// `--seconds` each over `--connections` connections: requests/s, latency p50/p95/p99 and errors,
// first alone, then again while an ingest job of `--ingest` more articles runs (posted to
// /api/articles?wait=false, one job per route measured).
// Usage: npm run bench:serve -- [--articles 10000] [--ingest 1000] [--seconds 10] [--connections 10] [--seed 1]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Table from 'cli-table3';
import { openCorpusIndex } from '../src/corpus-index/index.ts';
import type { RawArticle } from '../src/ingest/types.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { type CorpusArticle, generateCorpus } from './corpus/generate.ts';
import { quantile } from './quantile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    ingest: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
  },
});
const size = Number(values.articles);
const extra = Number(values.ingest);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const log = (line: string) => process.stderr.write(`${line}\n`);

// One corpus; its last articles are held out for the two ingest jobs (later stories, and copies of them).
const corpus = generateCorpus({ articles: size + 2 * extra, seed: Number(values.seed), independent: true });
const indexed = corpus.articles.slice(0, size);
const jobs = [corpus.articles.slice(size, size + extra), corpus.articles.slice(size + extra)];
const work = mkdtempSync(join(tmpdir(), 'newstrace-bench-serve-'));
let server: ChildProcess | undefined;
// Removed however the run ends, a failed one included.
process.on('exit', () => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});
const db = join(work, 'index.db');

const raw = (a: CorpusArticle): RawArticle => ({
  id: a.id,
  path: `${a.id}.txt`,
  text: a.text,
  meta: { published: a.published },
});
log(`ingesting ${indexed.length} articles…`);
const started = performance.now();
const index = await openCorpusIndex(openSqliteStore(db));
await index.add(indexed.map(raw));
await index.close();
const ingestSeconds = (performance.now() - started) / 1000;
log(`… ${ingestSeconds.toFixed(0)} s`);

/** Starts `newstrace serve` on a free loopback port; resolves with its URL once it listens. */
function startServer(token: string): Promise<string> {
  const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0', '--quiet'], {
    env: { ...process.env, NEWSTRACE_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /serving .* at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`newstrace serve stopped (exit code ${code})`)));
  });
}

const token = randomBytes(16).toString('hex');
const url = await startServer(token);
log(`server at ${url}`);

interface Run {
  scenario: string;
  route: string;
  perSecond: number;
  ms: number[];
  errors: number;
  job?: string;
}

/** autocannon against one route for `seconds`; `next` gives each request's path. */
function load(next: () => string): Promise<{ perSecond: number; ms: number[]; errors: number }> {
  return new Promise((resolve, reject) => {
    const ms: number[] = [];
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
      },
      (error, result) => {
        if (error) reject(error);
        else
          resolve({
            perSecond: result.requests.total / result.duration,
            ms,
            errors: result.errors + result.timeouts + result.non2xx,
          });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => ms.push(responseTime));
  });
}

let turn = 0;
const routes: Array<[string, () => string]> = [
  [
    'GET /api/articles/:id/sources',
    () =>
      `/api/articles/${encodeURIComponent((indexed[turn++ % indexed.length] as CorpusArticle).id)}/sources`,
  ],
  ['GET /api/stories?limit=50', () => '/api/stories?limit=50'],
];

/** Posts an ingest job and follows it: when it is done, and in how many seconds. */
async function startJob(articles: CorpusArticle[]) {
  const posted = performance.now();
  const response = await fetch(`${url}/api/articles?wait=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(articles.map((a) => ({ id: a.id, text: a.text, published: a.published }))),
  });
  if (response.status !== 202) throw new Error(`the ingest job was refused: ${response.status}`);
  const { job } = (await response.json()) as { job: string };
  const done = (async () => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const state = (await (await fetch(`${url}/api/jobs/${job}`)).json()) as {
        state: string;
        results?: Array<{ outcome: string }>;
      };
      if (state.state === 'done' || state.state === 'failed') {
        const added = state.results?.filter((r) => r.outcome === 'added').length ?? 0;
        return { state: state.state, added, seconds: (performance.now() - posted) / 1000 };
      }
    }
  })();
  return done;
}

const runs: Run[] = [];
for (const [route, next] of routes) {
  log(`${route} alone…`);
  runs.push({ scenario: 'alone', route, ...(await load(next)) });
}
for (const [i, [route, next]] of routes.entries()) {
  log(`${route} during an ingest job of ${extra} articles…`);
  const job = startJob(jobs[i] as CorpusArticle[]);
  const measured = await load(next);
  const finished = await job;
  const during = finished.seconds <= seconds ? 'job ended before the run' : 'job ran throughout';
  runs.push({
    scenario: 'during ingest',
    route,
    ...measured,
    job: `${finished.state}: ${finished.added} added in ${finished.seconds.toFixed(1)} s (${(finished.added / finished.seconds).toFixed(0)}/s); ${during}`,
  });
}

const table = new Table({
  head: ['scenario', 'route', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'ingest job'],
});
for (const r of runs)
  table.push([
    r.scenario,
    r.route,
    r.perSecond.toFixed(0),
    quantile(r.ms, 0.5).toFixed(1),
    quantile(r.ms, 0.95).toFixed(1),
    quantile(r.ms, 0.99).toFixed(1),
    String(r.errors),
    r.job ?? '',
  ]);
console.log(
  `${indexed.length} articles indexed (${ingestSeconds.toFixed(0)} s), ${connections} connections, ${seconds} s per run`,
);
console.log(table.toString());
server?.kill();
process.exit(0);
