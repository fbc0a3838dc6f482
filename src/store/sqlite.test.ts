import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RawArticle } from '../ingest/types.ts';
import { addArticles } from './add.ts';
import { contentHasher } from './content-hash.ts';
import { openSqliteStore } from './sqlite.ts';

const article = (id: string, text: string): RawArticle => ({
  id,
  path: `${id}.txt`,
  text,
  meta: { publisher: 'Lowmoor Ledger' },
});
const pier = article('pier', 'The Lowmoor ferry pier closed on Friday. Divers will inspect it next week.');
const fares = article('fares', 'Lindenfield ferry fares rise in May. The operator blamed fuel.');

test('sqlite store', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'index.db');
  const hash = await contentHasher();

  await t.test('should add articles and keep them after the database is reopened', () => {
    const store = openSqliteStore(file);
    assert.deepEqual(addArticles(store, [pier, fares], hash), { added: 2, 'same content': 0, 'id taken': 0 });
    store.close();
    const again = openSqliteStore(file);
    assert.equal(again.count(), 2);
    assert.deepEqual(again.get('pier')?.meta, { publisher: 'Lowmoor Ledger' });
    again.close();
  });

  await t.test('should store the same content once, whatever its id, quote marks or spacing', () => {
    const store = openSqliteStore(file);
    const retyped = article('pier-copy', pier.text.replace('Friday.', 'Friday. ').replace(/ /g, '  '));
    assert.deepEqual(addArticles(store, [pier, retyped], hash), {
      added: 0,
      'same content': 2,
      'id taken': 0,
    });
    assert.equal(store.count(), 2);
    store.close();
  });

  await t.test('should not let other content take a stored id', () => {
    const store = openSqliteStore(file);
    const other = article('pier', 'The pier reopened on Monday after three weeks of repairs.');
    assert.deepEqual(addArticles(store, [other], hash), { added: 0, 'same content': 0, 'id taken': 1 });
    assert.match(store.get('pier')?.text ?? '', /closed on Friday/);
    store.close();
  });

  await t.test('should store a batch all or nothing', () => {
    const store = openSqliteStore(file);
    const broken = { ...article('broken', 'Text.'), text: null as unknown as string };
    assert.throws(() =>
      store.putAll([
        { ...article('new', 'A new article about the quay.'), meta: {}, contentHash: 'h1' },
        { ...broken, contentHash: 'h2' },
      ]),
    );
    assert.equal(store.get('new'), undefined);
    store.close();
  });
});
