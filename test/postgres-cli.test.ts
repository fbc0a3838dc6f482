// The commands that take --db, given a postgres:// URL: the same answers as with a SQLite file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { postgresForTests, postgresMissing } from './support/postgres.ts';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const examples = new URL('../examples', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('newstrace with --db postgres://', async (t) => {
  const url = await postgresForTests();
  if (url === undefined) return t.skip(postgresMissing);
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-postgres-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'index.db');

  await t.test('should refuse to read a database that holds no index', () => {
    const none = run(['stories', '--db', url]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no index at postgres:\/\/.*; run newstrace ingest first/);
  });

  await t.test('should ingest the examples', () => {
    for (const db of [url, file]) {
      const first = run(['ingest', examples, '--db', db, '--no-progress']);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /^8 added, 0 already indexed/);
    }
  });

  await t.test('should list the same stories, sources and articles as the SQLite index', () => {
    for (const args of [
      ['stories', '--json'],
      ['sources', 'newsspin-hub', '--json'],
      ['sources', join(examples, 'regional-wire.txt'), '--json'],
      ['show', 'library-budget', '--json'],
    ]) {
      const fromPostgres = run([...args, '--db', url]);
      assert.equal(fromPostgres.status, 0, fromPostgres.stderr);
      assert.equal(fromPostgres.stdout, run([...args, '--db', file]).stdout, args.join(' '));
    }
  });

  await t.test('should count the articles and stories, and the database size', () => {
    const stats = run(['stats', '--db', url, '--json']);
    assert.equal(stats.status, 0, stats.stderr);
    const figures = JSON.parse(stats.stdout) as { articles: number; stories: number; bytes: number };
    const fromFile = JSON.parse(run(['stats', '--db', file, '--json']).stdout) as typeof figures;
    assert.deepEqual([figures.articles, figures.stories], [8, fromFile.stories]);
    assert.ok(figures.bytes > 0);
  });
});
