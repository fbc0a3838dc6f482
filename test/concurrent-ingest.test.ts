// Four `newstrace ingest` processes writing one index at once (a SQLite file, a PostgreSQL database),
// with overlapping inputs, leave what one ingest of everything leaves: each article once, the same
// stories and derivations.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ended,
  indexOutcome,
  ingest,
  outcomeDifferences,
  startIngest,
  writeFictionalCorpus,
} from '../bench/ingest-outcome.ts';
import { postgresForTests, postgresMissing } from './support/postgres.ts';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;

test('concurrent ingest', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-concurrent-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = writeFictionalCorpus(join(dir, 'corpus'), 80, 7);
  const sequential = join(dir, 'sequential.db');
  await ingest(files, sequential);

  const postgres = await postgresForTests();
  for (const [name, db] of [
    ['SQLite', join(dir, 'concurrent.db')],
    ['PostgreSQL', postgres],
  ])
    await t.test(
      `should give four writers with overlapping inputs the sequential result (${name})`,
      async (t) => {
        if (db === undefined) return t.skip(postgresMissing);
        const quarter = Math.ceil(files.length / 4);
        // Each process takes its quarter and the first half of the next one, which another also takes.
        const parts = [0, 1, 2, 3].map((i) => [
          ...files.slice(i * quarter, (i + 1) * quarter),
          ...files.slice(((i + 1) % 4) * quarter, ((i + 1) % 4) * quarter + quarter / 2),
        ]);
        // Batches of 5 articles, so that the four processes' transactions interleave.
        const writers = parts.map((part) => startIngest(part, db, ['--batch', '5']));
        const results = await Promise.all(writers.map(ended));
        for (const [i, r] of results.entries()) assert.equal(r.code, 0, writers[i]?.output);
        const added = writers.map((w) => Number(/^(\d+) added/.exec(w.output)?.[1]));
        assert.equal(
          added.reduce((a, b) => a + b, 0),
          files.length,
          'each article added by exactly one process',
        );
        const want = await indexOutcome(sequential);
        assert.equal(want.count, files.length);
        assert.deepEqual(outcomeDifferences(want, await indexOutcome(db)), []);
        const checked = spawnSync(process.execPath, [cli, 'check', '--db', db], { encoding: 'utf8' });
        assert.equal(checked.status, 0, checked.stdout);
      },
    );
});
