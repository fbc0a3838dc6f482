// `newstrace ingest`: articles go into the index database once, however often they are ingested.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';

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
    assert.match(again.stdout, /^0 added, 8 already indexed \(same id and content\).*; 8 article\(s\)/);
  });

  await t.test('should store the readable inputs and exit 1 when one failed', () => {
    const mixed = run(['ingest', examples, join(dir, 'missing.txt'), '--db', db, '--no-progress']);
    assert.equal(mixed.status, 1);
    assert.match(mixed.stderr, /missing\.txt.*NT_INGEST_NOT_FOUND/);
  });

  await t.test('should compare batches in worker threads when run from another folder', () => {
    // The threads load the package's TypeScript themselves; they once looked for tsx in the working folder.
    const elsewhere = join(dir, 'batches.db');
    const batched = spawnSync(
      process.execPath,
      [cli, 'ingest', examples, '--db', elsewhere, '--batch', '3', '--no-progress'],
      {
        encoding: 'utf8',
        cwd: dir,
      },
    );
    assert.equal(batched.status, 0, batched.stderr);
    assert.match(batched.stdout, /^8 added/);
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

  await t.test('should tell where an indexed article comes from, and who copied it', () => {
    const copy = run(['sources', 'newsspin-hub', '--db', db, '--json']);
    assert.equal(copy.status, 0, copy.stderr);
    const answer = JSON.parse(copy.stdout) as {
      derivedFrom: Array<{ original: string; method: string; passages: unknown[] }>;
      independent: string[];
      sentences: Record<string, string[]>;
    };
    assert.deepEqual(
      answer.derivedFrom.map((d) => [d.original, d.method]),
      [['eastbridge-observer', 'paraphrased']],
    );
    assert.ok((answer.derivedFrom[0]?.passages.length ?? 0) > 0);
    assert.ok(answer.sentences['eastbridge-observer']?.length);
    assert.deepEqual(answer.independent.sort(), ['public-radio', 'valley-gazette']);
    const original = run(['sources', 'eastbridge-observer', '--db', db]);
    assert.match(original.stdout, /Copied by:\n {2}digest-network — verbatim/);
  });

  await t.test('should compare a file with the index without storing it', () => {
    const file = join(examples, 'regional-wire.txt');
    const answer = run(['sources', file, '--db', db, '--json']);
    assert.equal(answer.status, 0, answer.stderr);
    assert.equal(JSON.parse(answer.stdout).article.id, 'regional-wire');
    assert.equal(JSON.parse(run(['stats', '--db', db, '--json']).stdout).articles, 8);
  });

  await t.test('should list the stories with their originals and copies', () => {
    const listed = run(['stories', '--db', db, '--json']);
    const { stories } = JSON.parse(listed.stdout) as {
      stories: Array<{ articles: Array<{ id: string; role: string }> }>;
    };
    assert.equal(stories.length, 2);
    const roles = Object.fromEntries(stories.flatMap((s) => s.articles.map((a) => [a.id, a.role])));
    assert.equal(roles['eastbridge-observer'], 'original');
    assert.equal(roles['digest-network'], 'copy');
    assert.equal(roles['valley-gazette'], 'independent');
    assert.equal(run(['stories', '--db', db, '--since', 'yesterday-ish']).status, 2);
  });

  await t.test('should say when an id is not in the index, or there is no index', () => {
    const missing = run(['show', 'no-such-article', '--db', db]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such-article: not in/);
    const none = run(['stats', '--db', join(dir, 'none.db')]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no index at .*none\.db/);
  });

  await t.test('should refuse a file that is not an index, naming it, and leave it as it was', () => {
    const notes = join(dir, 'notes.db');
    writeFileSync(notes, 'shopping list: bread, milk, stamps\n'.repeat(200));
    const before = readFileSync(notes);
    const refused = run(['ingest', examples, '--db', notes, '--no-progress']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /notes\.db: not a newstrace index/);
    assert.doesNotMatch(refused.stderr, /internal error/);
    assert.deepEqual(readFileSync(notes), before);
  });

  await t.test('should refuse an index of another layout instead of misreading it', () => {
    const old = join(dir, 'old.db');
    const db = new Database(old);
    db.exec('CREATE TABLE articles (id TEXT)');
    db.pragma('user_version = 1');
    db.close();
    const refused = run(['stats', '--db', old]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /old\.db: index made by another version of newstrace \(layout 1/);
  });
});
