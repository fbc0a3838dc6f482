// Measures scaling out: the same generated corpus ingested by one process into SQLite, and through
// the job queue by 1, 2 and 4 workers into one PostgreSQL database (a throwaway cluster started by
// scripts/postgres.sh, or NT_TEST_POSTGRES_URL's). Prints articles/s, database bytes and whether the
// stories and derivations match the single-process run; then, with --growth, the per-article ingest
// time and database bytes as one PostgreSQL index grows (2,000 articles timed at each size), and
// from their growth an estimate for 1,000,000 and 10,000,000 articles.
// Usage: node --import tsx bench/scale.ts [--articles 2000] [--workers 1,2,4] [--growth 10000,50000,100000]
//          [--growth-workers 2] [--seed 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { storeBytes } from '../src/store/open.ts';
import { postgresForTests } from '../test/support/postgres.ts';
import { indexOutcome, outcomeDifferences, writeFictionalCorpus } from './ingest-outcome.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    workers: { type: 'string', default: '1,2,4' },
    growth: { type: 'string' },
    'growth-workers': { type: 'string', default: '2' },
    seed: { type: 'string', default: '3' },
  },
});
const cli = join(import.meta.dirname, '../bin/newstrace.js');
const work = mkdtempSync(join(tmpdir(), 'newstrace-bench-scale-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Moves files into a new folder of `work`: a step of the growth run. */
function folderOf(name: string, files: string[]): string {
  const folder = join(work, name);
  mkdirSync(folder);
  for (const file of files) renameSync(file, join(folder, basename(file)));
  return folder;
}

/** Runs the CLI; its wall time in seconds. Throws when it fails. */
function newstrace(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`newstrace ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Enqueues a folder and lets `workers` worker processes take its jobs; enqueue and work seconds. */
function ingestThroughQueue(folder: string, url: string, workers: number): { enqueue: number; work: number } {
  const enqueue = newstrace(['ingest', folder, '--db', url, '--queue', '--job-size', '50', '--no-progress']);
  const seconds = newstrace([
    'worker',
    '--db',
    url,
    '--concurrency',
    String(workers),
    '--exit-when-idle',
    '--quiet',
  ]);
  return { enqueue, work: seconds };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const url0 = await postgresForTests();
if (!url0)
  throw new Error('bench/scale.ts needs PostgreSQL: install Debian postgresql or set NT_TEST_POSTGRES_URL');

// Part 1: one process against 1, 2 and 4 workers, on the same corpus.
const articles = Number(values.articles);
const folder = join(work, 'corpus');
writeFictionalCorpus(folder, articles, Number(values.seed));
const sqlite = join(work, 'index.db');
const single = newstrace(['ingest', folder, '--db', sqlite, '--no-progress']);
const reference = await indexOutcome(sqlite);
const table = new Table({
  head: ['run', 'wall s', 'articles/s', 'database', 'stories', 'same stories and derivations'],
});
table.push([
  '1 process, SQLite',
  single.toFixed(1),
  (articles / single).toFixed(1),
  mb(await storeBytes(sqlite)),
  reference.stories.length,
  '—',
]);
for (const workers of values.workers.split(',').map(Number)) {
  const url = workers === 1 ? url0 : ((await postgresForTests()) as string);
  const { enqueue, work: seconds } = ingestThroughQueue(folder, url, workers);
  const got = await indexOutcome(url);
  const differences = outcomeDifferences(reference, got);
  table.push([
    `${workers} worker(s), PostgreSQL (+${enqueue.toFixed(1)} s enqueue)`,
    seconds.toFixed(1),
    (articles / seconds).toFixed(1),
    mb(await storeBytes(url)),
    got.stories.length,
    differences.length === 0 ? 'yes' : `no: ${differences.slice(0, 3).join('; ')} (${differences.length})`,
  ]);
}
console.log(
  `${articles} generated fictional articles (seed ${values.seed}; originals, copies of each kind, independent reports)`,
);
console.log(table.toString());

// Part 2: one PostgreSQL index grown in steps; 2,000 articles timed at each size.
if (values.growth) {
  const sizes = values.growth.split(',').map(Number);
  const timed = 2000;
  const workers = Number(values['growth-workers']);
  const all = writeFictionalCorpus(join(work, 'growth'), Math.max(...sizes), Number(values.seed) + 1);
  const url = (await postgresForTests()) as string;
  const growth = new Table({
    head: ['articles', 'ms per article (last 2,000)', 'database', 'bytes per article'],
  });
  const points: Array<{ n: number; ms: number; bytes: number }> = [];
  let at = 0;
  for (const size of sizes) {
    if (size - timed > at)
      ingestThroughQueue(folderOf(`fill-${size}`, all.slice(at, size - timed)), url, workers);
    const { work: seconds } = ingestThroughQueue(
      folderOf(`timed-${size}`, all.slice(size - timed, size)),
      url,
      workers,
    );
    at = size;
    const bytes = await storeBytes(url);
    const ms = (seconds * 1000) / timed;
    points.push({ n: size, ms, bytes });
    growth.push([size, ms.toFixed(2), mb(bytes), Math.round(bytes / size)]);
  }
  console.log(`\nGrowth of one PostgreSQL index, ${workers} workers:`);
  console.log(growth.toString());
  // The estimate: per-article time taken as linear in log n through the first and last points (the
  // candidate look-ups grow with the postings' length), bytes as linear in n from the last two.
  const first = points[0] as (typeof points)[number];
  const last = points.at(-1) as (typeof points)[number];
  const before = points.at(-2) ?? first;
  const slope = (last.ms - first.ms) / Math.log(last.n / first.n || 1);
  const msAt = (n: number) => last.ms + (Number.isFinite(slope) ? slope : 0) * Math.log(n / last.n);
  const bytesPerArticle = (last.bytes - before.bytes) / (last.n - before.n || 1);
  const estimate = new Table({
    head: ['articles (estimate)', 'ms per article', 'hours to ingest all', 'database'],
  });
  for (const n of [1_000_000, 10_000_000]) {
    // Hours: the per-article time integrated over the sizes on the way (trapezoids on a log scale).
    const steps = 50;
    let ms = 0;
    for (let i = 0; i < steps; i++) {
      const a = last.n * (n / last.n) ** (i / steps);
      const b = last.n * (n / last.n) ** ((i + 1) / steps);
      ms += ((msAt(a) + msAt(b)) / 2) * (b - a);
    }
    ms += points.reduce((sum, p, i) => sum + p.ms * (p.n - (points[i - 1]?.n ?? 0)), 0);
    estimate.push([
      n.toLocaleString('en'),
      msAt(n).toFixed(2),
      (ms / 3_600_000).toFixed(1),
      mb(last.bytes + bytesPerArticle * (n - last.n)),
    ]);
  }
  console.log(estimate.toString());
}
process.exit(0);
