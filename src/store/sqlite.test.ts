import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite.ts';
import { article, noKeys, storeSuite } from './store-suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storeSuite('sqlite index store', async () => {
  const file = join(dir, `index-${++files}.db`);
  return { open: async () => openSqliteStore(file) };
});

test('sqlite index store: its own behaviour', async (t) => {
  await t.test('should give the ref of a rolled-back article to the next one', async () => {
    const store = openSqliteStore(join(dir, 'reused.db'));
    await store.begin();
    const gone = await store.insert(article('gone', ['brindle']), noKeys);
    await store.rollback();
    const kept = await store.insert(article('kept', ['okafor']), noKeys);
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
