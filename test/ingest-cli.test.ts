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
});
