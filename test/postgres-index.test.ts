// The same articles indexed in SQLite and in PostgreSQL: the same stories (labels, members, derivations,
// contributions, in the same order and JSON) and the same sources for every article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CorpusIndex, openCorpusIndex } from '../src/corpus-index/index.ts';
import { ingest } from '../src/ingest/index.ts';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { postgresForTests, postgresMissing } from './support/postgres.ts';

const url = await postgresForTests();
const corpus = ['../examples', 'fixtures/passages'].map((p) => new URL(p, import.meta.url).pathname);

/** Every story, then every article's sources, as JSON text: key order counts as well as values. */
async function answers(index: CorpusIndex, ids: string[]): Promise<string[]> {
  return [
    JSON.stringify(await index.stories()),
    ...(await Promise.all(ids.map(async (id) => JSON.stringify(await index.sources(id))))),
  ];
}

test('postgres and sqlite indexes', async (t) => {
  if (url === undefined) return t.skip(postgresMissing);
  const { articles } = await ingest(corpus);
  const ids = articles.map((a) => a.id);
  // Small batches: several transactions, each reading what the ones before committed.
  const options = { batchSize: 5, prepareWorkers: 0 };
  const sqlite = await openCorpusIndex(openSqliteStore(':memory:'), options);
  const postgres = await openCorpusIndex(await openPostgresStore(url), options);
  t.after(async () => {
    await sqlite.close();
    await postgres.close();
  });
  assert.deepEqual((await postgres.add(articles)).added, (await sqlite.add(articles)).added);

  await t.test('should find the same stories and the same sources of every article', async () => {
    const expected = await answers(sqlite, ids);
    assert.ok((await sqlite.stories()).some((s) => s.derivations.length > 2));
    const found = await answers(postgres, ids);
    for (const [i, line] of expected.entries())
      assert.equal(found[i], line, i === 0 ? 'stories' : ids[i - 1]);
  });

  await t.test('should list the same pages of stories and the same quotations', async () => {
    for (const options of [{ limit: 2 }, { limit: 3, containing: 'observer' }, { limit: 50 }])
      assert.deepEqual(await postgres.storiesPage(options), await sqlite.storiesPage(options));
    assert.deepEqual(await postgres.quotations({ limit: 100 }), await sqlite.quotations({ limit: 100 }));
  });
});
