// `newstrace ingest`: articles go into the index database once, however often they are ingested.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;
const examples = new URL('../examples', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('newstrace ingest', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-ingest-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'index.db');

  await t.test('should add every example article to the database', () => {
    const first = run(['ingest', examples, '--db', db, '--no-progress']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^8 added, 0 already indexed/);
  });

  await t.test('should add nothing when the same articles are ingested again', () => {
    const again = run(['ingest', examples, '--db', db, '--no-progress']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^0 added, 8 already indexed \(same content\).*; 8 article\(s\)/);
  });

  await t.test('should store the readable inputs and exit 1 when one failed', () => {
    const mixed = run(['ingest', examples, join(dir, 'missing.txt'), '--db', db, '--no-progress']);
    assert.equal(mixed.status, 1);
    assert.match(mixed.stderr, /missing\.txt.*NT_INGEST_NOT_FOUND/);
  });

  await t.test('should show a stored article and count the index', () => {
    const shown = run(['show', 'library-budget', '--db', db, '--json']);
    assert.equal(shown.status, 0, shown.stderr);
    assert.equal(JSON.parse(shown.stdout).id, 'library-budget');
    const stats = run(['stats', '--db', db, '--json']);
    const figures = JSON.parse(stats.stdout) as { articles: number; bytes: number; bytesPerArticle: number };
    assert.equal(figures.articles, 8);
    assert.ok(figures.bytes > 0 && figures.bytesPerArticle === Math.round(figures.bytes / 8));
  });

  await t.test('should say when an id is not in the index, or there is no index', () => {
    const missing = run(['show', 'no-such-article', '--db', db]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such-article: not in/);
    const none = run(['stats', '--db', join(dir, 'none.db')]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no index at .*none\.db/);
  });
});
