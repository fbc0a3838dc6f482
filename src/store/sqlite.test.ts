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
    const pier = await store.insert(article('pier', ['lowmoor']), {
      bands: [7, 8],
      passages: [31],
      anchorKeys: [101],
    });
    const quay = await store.insert(article('quay'), {
      bands: [8],
      passages: [31, 32],
      anchorKeys: [101, 102],
    });
    await store.relabelStories(['quay'], 'pier');
    await store.commit();
    await store.close();
    const again = openSqliteStore(file);
    assert.equal(await again.count(), 2);
    assert.deepEqual((await again.byId('pier'))?.anchors, ['lowmoor']);
    assert.deepEqual(await again.anchorPostings([101, 102, 103], 10), [[quay, pier], [quay], []]);
    assert.deepEqual(await again.bandPostings([8, 9], 10), [[quay, pier], []]);
    assert.deepEqual(await again.passagePostings([31, 32, 33], 10), [[quay, pier], [quay], []]);
    assert.deepEqual(await again.storyMembers('pier'), ['pier', 'quay']);
    await again.close();
  });

  await t.test('should drop everything written after begin when rolled back', async () => {
    const store = openSqliteStore(file);
    await store.begin();
    await store.insert(article('pontoon'), { bands: [9], passages: [], anchorKeys: [] });
    await store.rollback();
    assert.equal(await store.byId('pontoon'), undefined);
    assert.deepEqual(await store.bandPostings([9], 10), [[]]);
    await store.close();
  });

  await t.test(
    'should tell an anchor or passage held by more articles than the limit, and forget it on rollback',
    async () => {
      const store = openSqliteStore(join(dir, 'common.db'));
      await store.begin();
      for (const id of ['a', 'b', 'c'])
        await store.insert(article(id), { bands: [], passages: [301], anchorKeys: [201] });
      assert.deepEqual(await store.anchorPostings([201], 2), [null]);
      assert.deepEqual(await store.anchorPostings([201], 1), [null]);
      assert.equal((await store.anchorPostings([201], 3))[0]?.length, 3);
      assert.deepEqual(await store.passagePostings([301], 2), [null]);
      await store.rollback();
      assert.deepEqual(await store.anchorPostings([201], 2), [[]]);
      assert.deepEqual(await store.passagePostings([301], 2), [[]]);
      await store.close();
    },
  );

  await t.test('should read the anchors of several articles at once, none for an unknown ref', async () => {
    const store = openSqliteStore(join(dir, 'anchors.db'));
    const pier = await store.insert(article('pier', ['lowmoor', '18']), {
      bands: [],
      passages: [],
      anchorKeys: [],
    });
    const quay = await store.insert(article('quay', ['okafor']), { bands: [], passages: [], anchorKeys: [] });
    assert.deepEqual(
      await store.anchorsOf([quay, pier, 99]),
      new Map([
        [quay, ['okafor']],
        [pier, ['lowmoor', '18']],
        [99, []],
      ]),
    );
    await store.close();
  });

  await t.test("should not give a rolled-back article's anchors for the ref given again", async () => {
    const store = openSqliteStore(join(dir, 'reused.db'));
    await store.begin();
    const gone = await store.insert(article('gone', ['brindle']), {
      bands: [],
      passages: [],
      anchorKeys: [],
    });
    assert.deepEqual(await store.anchorsOf([gone]), new Map([[gone, ['brindle']]]));
    await store.rollback();
    const kept = await store.insert(article('kept', ['okafor']), { bands: [], passages: [], anchorKeys: [] });
    assert.equal(kept, gone);
    assert.deepEqual(await store.anchorsOf([kept]), new Map([[kept, ['okafor']]]));
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
