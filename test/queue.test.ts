// Ingest through the job queue (issue 18): workers sharing one PostgreSQL index end with the stories
// and derivations one process gives, whatever the parallelism, and a killed worker loses nothing.
// Needs PostgreSQL (Debian's package, started by scripts/postgres.sh, or NT_TEST_POSTGRES_URL);
// skips saying so without it.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { indexOutcome, outcomeDifferences } from '../bench/ingest-outcome.ts';
import { type CorpusIndex, openCorpusIndex } from '../src/corpus-index/index.ts';
import { ingest } from '../src/ingest/index.ts';
import type { RawArticle } from '../src/ingest/types.ts';
import { openStore } from '../src/store/open.ts';
import { postgresForTests, postgresMissing } from './support/postgres.ts';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const fixture = (path: string) => new URL(path, import.meta.url).pathname;
// Several stories: the examples, a family of copies with independent reports, a chain, a compilation.
const paths = [
  fixture('../examples'),
  fixture('fixtures/passages/family'),
  fixture('fixtures/passages/chain'),
  fixture('fixtures/passages/compilation'),
];
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

test('ingest through the job queue', async (t) => {
  const first = await postgresForTests();
  if (!first) {
    t.skip(postgresMissing);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-queue-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const sqlite = join(dir, 'index.db');
  const alone = run(['ingest', ...paths, '--db', sqlite, '--no-progress']);
  assert.equal(alone.status, 0, alone.stderr);
  const reference = await indexOutcome(sqlite);
  const articles = reference.count;
  assert.ok(reference.derivations.length > 0, 'the corpus has derivations to compare');

  await t.test('should give the stories and derivations of a one-process ingest with 2 workers', async () => {
    const sent = run(['ingest', ...paths, '--db', first, '--queue', '--job-size', '3', '--no-progress']);
    assert.equal(sent.status, 0, sent.stderr);
    const jobs = Math.ceil(articles / 3);
    assert.match(
      sent.stdout,
      new RegExp(`^${articles} article\\(s\\) enqueued in ${jobs} new job\\(s\\), 0 job`),
    );
    const workers = run(['worker', '--db', first, '--concurrency', '2', '--exit-when-idle']);
    assert.equal(workers.status, 0, workers.stderr);
    // Both workers took jobs: each prints its own tally.
    assert.equal(
      workers.stdout.match(/^worker \d+: \d+ job\(s\) done, 0 failed$/gm)?.length,
      2,
      workers.stdout,
    );
    assert.deepEqual(outcomeDifferences(reference, await indexOutcome(first)), []);
  });

  await t.test('should send no job twice when the same files are enqueued again', async () => {
    const again = run(['ingest', ...paths, '--db', first, '--queue', '--job-size', '3', '--no-progress']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(
      again.stdout,
      new RegExp(`in 0 new job\\(s\\), ${Math.ceil(articles / 3)} job\\(s\\) sent before`),
    );
    const worker = run(['worker', '--db', first, '--exit-when-idle']);
    assert.equal(worker.status, 0, worker.stderr);
    assert.match(worker.stdout, /: 0 job\(s\) done/);
  });

  await t.test('should lose nothing and double nothing when a worker is killed mid-job', async () => {
    const url = (await postgresForTests()) as string;
    const sent = run([
      'ingest',
      ...paths,
      '--db',
      url,
      '--queue',
      '--job-size',
      '4',
      '--job-timeout',
      '2',
      '--no-progress',
    ]);
    assert.equal(sent.status, 0, sent.stderr);
    // Killed while it holds a job: pg-boss marks a job active when a worker takes it and completes
    // it only after its articles are committed.
    const worker = spawn(process.execPath, [cli, 'worker', '--db', url, '--quiet'], { stdio: 'ignore' });
    let active: Array<{ id: string }> = [];
    for (let i = 0; i < 600 && active.length === 0; i++) {
      active = await query(url, "SELECT id FROM pgboss.job WHERE state = 'active'");
      if (active.length === 0) await sleep(50);
    }
    worker.kill('SIGKILL');
    await exited(worker);
    assert.equal(active.length, 1, 'the worker took a job');
    const left = await query<{ state: string }>(
      url,
      `SELECT state FROM pgboss.job WHERE id = '${active[0]?.id}'`,
    );
    assert.equal(left[0]?.state, 'active', 'the worker was killed before finishing its job');
    // Another worker finds the lost job once its 2 s are up, and the rest.
    const next = run(['worker', '--db', url, '--exit-when-idle', '--quiet']);
    assert.equal(next.status, 0, next.stderr);
    // An article lost or doubled, or stories and derivations unlike one process's: a line each.
    assert.deepEqual(outcomeDifferences(reference, await indexOutcome(url)), []);
  });

  await t.test(
    'should end as one process would when two workers add articles of one story at once',
    async () => {
      const { articles: family } = await ingest([fixture('fixtures/passages/family')]);
      const file = join(dir, 'family.db');
      const alone = await openCorpusIndex(await openStore(file), { prepareWorkers: 0 });
      await alone.add(family);
      await alone.close();
      const expected = await indexOutcome(file);
      assert.ok(expected.derivations.length > 0, 'the family has derivations');
      // Splits that put the original, its copies and the independent reports on both sides.
      const splits: Array<(a: RawArticle, i: number) => boolean> = [
        (_, i) => i % 2 === 0,
        (_, i) => i < family.length / 2,
        (a) => /copy-0[1-5]|independent-1/.test(a.id),
      ];
      // Each split with the lock alone, and with comparing ahead of it (as workers do).
      for (const [inFirst, compareAhead] of splits.flatMap(
        (split) =>
          [
            [split, false],
            [split, true],
          ] as const,
      )) {
        const url = (await postgresForTests()) as string;
        const indexes: CorpusIndex[] = [];
        for (let i = 0; i < 2; i++)
          indexes.push(
            await openCorpusIndex(await openStore(url), {
              prepareWorkers: 0,
              batchSize: 2,
              compareAhead,
            }),
          );
        const [one, two] = indexes as [CorpusIndex, CorpusIndex];
        // Two connections, their transactions interleaving at every await: the race two worker machines run.
        await Promise.all([
          one.add(family.filter(inFirst)),
          two.add(family.filter((a, i) => !inFirst(a, i))),
        ]);
        for (const index of indexes) await index.close();
        assert.deepEqual(outcomeDifferences(expected, await indexOutcome(url)), []);
      }
    },
  );
});
