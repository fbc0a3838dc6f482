import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.ts';
import type { StoredArticle } from './types.ts';

const article = (id: string, anchors: string[] = []): StoredArticle => ({
  id,
  path: `${id}.txt`,
  text: `The Lowmoor ferry pier closed on Friday (${id}).`,
  meta: { publisher: 'Lowmoor Ledger' },
  contentHash: `hash-${id}`,
  title: 'Pier closed',
  sentences: ['The Lowmoor ferry pier closed on Friday.'],
  boilerplate: [],
  anchors,
});

test('sqlite index store', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'index.db');

  await t.test('should keep articles, their keys and stories after the database is reopened', async () => {
    const store = openSqliteStore(file);
    await store.begin();
    const pier = await store.insert(article('pier', ['lowmoor']), { bands: [7, 8], anchorKeys: [101] });
    const quay = await store.insert(article('quay'), { bands: [8], anchorKeys: [101, 102] });
    await store.relabelStories(['quay'], 'pier');
    await store.commit();
    await store.close();
    const again = openSqliteStore(file);
    assert.equal(await again.count(), 2);
    assert.deepEqual((await again.byId('pier'))?.anchors, ['lowmoor']);
    assert.deepEqual(await again.anchorPostings([101, 102, 103], 10), [[quay, pier], [quay], []]);
    assert.deepEqual(await again.bandPostings([8, 9], 10), [[quay, pier], []]);
    assert.deepEqual(await again.storyMembers('pier'), ['pier', 'quay']);
    await again.close();
  });

  await t.test('should drop everything written after begin when rolled back', async () => {
    const store = openSqliteStore(file);
    await store.begin();
    await store.insert(article('pontoon'), { bands: [9], anchorKeys: [] });
    await store.rollback();
    assert.equal(await store.byId('pontoon'), undefined);
    assert.deepEqual(await store.bandPostings([9], 10), [[]]);
    await store.close();
  });

  await t.test('should refuse a database laid out by another version', () => {
    const old = join(dir, 'old.db');
    const db = new Database(old);
    db.exec('CREATE TABLE articles (id TEXT PRIMARY KEY)');
    db.close();
    assert.throws(() => openSqliteStore(old), /old\.db: index made by another version/);
  });
});
