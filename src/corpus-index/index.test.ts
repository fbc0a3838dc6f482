import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../ingest/index.ts';
import type { RawArticle } from '../ingest/types.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import type { IndexStore } from '../store/types.ts';
import { type CorpusIndex, openCorpusIndex, type StoryListing } from './index.ts';

const examples = new URL('../../examples', import.meta.url).pathname;
const { articles } = await ingest([examples]);

/** Stories as sorted lists of ids, and derivations as "original → copy (method)", sorted. */
async function findings(index: CorpusIndex): Promise<{ stories: string[][]; derivations: string[] }> {
  const stories = await index.stories();
  return {
    stories: stories.map((s) => s.articles.map((a) => a.id).sort()).sort(),
    derivations: stories
      .flatMap((s) => s.derivations.map((d) => `${d.original} → ${d.copy} (${d.method})`))
      .sort(),
  };
}

async function indexOf(order: RawArticle[], batch: number, store: IndexStore = openSqliteStore(':memory:')) {
  const index = await openCorpusIndex(store);
  for (let i = 0; i < order.length; i += batch) await index.add(order.slice(i, i + batch));
  return index;
}

test('corpus index', async (t) => {
  const all = await indexOf(articles, articles.length);
  const expected = await findings(all);

  await t.test('should find the stories and the copies of the examples', () => {
    assert.equal(expected.stories.length, 2);
    assert.ok(expected.derivations.includes('eastbridge-observer → digest-network (verbatim)'));
    assert.ok(expected.derivations.includes('eastbridge-observer → newsspin-hub (paraphrased)'));
  });

  await t.test(
    'should reach the same stories and copies whatever order and batches articles come in',
    async () => {
      const reversed = await indexOf([...articles].reverse(), 1);
      assert.deepEqual(await findings(reversed), expected);
      const shuffled = [...articles].sort(
        (a, b) => (a.id.length % 3) - (b.id.length % 3) || b.id.localeCompare(a.id),
      );
      assert.deepEqual(await findings(await indexOf(shuffled, 3)), expected);
    },
  );

  await t.test('should find the same when batches are read in a worker thread as they arrive', async () => {
    const index = await openCorpusIndex(openSqliteStore(':memory:'), { batchSize: 3, prepareWorkers: 1 });
    async function* chunks() {
      for (let i = 0; i < articles.length; i += 2) yield articles.slice(i, i + 2);
    }
    const report = await index.add(chunks());
    assert.deepEqual(report.added.sort(), articles.map((a) => a.id).sort());
    assert.deepEqual(await findings(index), expected);
    const a = (await all.sources('digest-network'))?.derivedFrom;
    assert.deepEqual((await index.sources('digest-network'))?.derivedFrom, a);
    await index.close();
  });

  await t.test('should not compare articles published further apart than the time window', async () => {
    const dated = articles.map((a) => ({
      ...a,
      meta: {
        ...a.meta,
        published: a.id === 'digest-network' ? '2026-05-20T08:00:00Z' : '2026-05-01T08:00:00Z',
      },
    }));
    const windowed = await openCorpusIndex(openSqliteStore(':memory:'), { candidates: { windowDays: 7 } });
    await windowed.add(dated);
    const found = await findings(windowed);
    assert.ok(!found.derivations.some((d) => d.includes('→ digest-network')));
    assert.ok(found.derivations.includes('eastbridge-observer → newsspin-hub (paraphrased)'));
    await windowed.close();
  });

  await t.test('should add nothing when the same articles come again', async () => {
    const report = await all.add(articles);
    assert.equal(report.added.length, 0);
    assert.equal(report.alreadyIndexed.length, articles.length);
    assert.equal(await all.store.count(), articles.length);
  });

  await t.test('should keep no part of a batch that failed, and finish it when added again', async () => {
    const store = openSqliteStore(':memory:');
    let inserts = 0;
    const failing: IndexStore = {
      ...store,
      insert: async (a, k) => {
        if (++inserts === 4) throw new Error('killed');
        return store.insert(a, k);
      },
    };
    const first = await indexOf(articles.slice(0, 2), 2, failing);
    await assert.rejects(first.add(articles.slice(2)), /killed/);
    assert.equal(await store.count(), 2);
    await first.add(articles);
    assert.equal(await store.count(), articles.length);
    assert.deepEqual(await findings(first), expected);
  });

  await t.test("should answer an unstored article's sources without storing it", async () => {
    const index = await indexOf(
      articles.filter((a) => a.id !== 'regional-wire'),
      articles.length,
    );
    const copy = articles.find((a) => a.id === 'regional-wire') as RawArticle;
    const answer = await index.sourcesOf(copy);
    assert.deepEqual(
      answer.sources?.derivedFrom.map((d) => [d.original, d.method]),
      [['eastbridge-observer', 'edited']],
    );
    assert.equal(await index.store.count(), articles.length - 1);
    assert.equal(await index.article('regional-wire'), undefined);
  });

  await t.test('should answer an unstored article as it answers once the article is added', async () => {
    for (const held of articles.map((a) => a.id)) {
      const article = articles.find((a) => a.id === held) as RawArticle;
      const index = await indexOf(
        articles.filter((a) => a !== article),
        articles.length,
      );
      const asked = await index.sourcesOf(article);
      await index.add([article]);
      assert.deepEqual(asked.sources, await index.sources(held), held);
      await index.close();
    }
  });

  await t.test('should compare an article whose id is taken under another name', async () => {
    const other = { ...(articles.find((a) => a.id === 'regional-wire') as RawArticle), id: 'digest-network' };
    const answer = await all.sourcesOf(other);
    assert.equal(answer.sources?.article.id, 'digest-network (query)');
    // The same text is stored as regional-wire: the query is its verbatim copy.
    assert.deepEqual(
      answer.sources?.derivedFrom.map((d) => [d.original, d.method]),
      [['regional-wire', 'verbatim']],
    );
    assert.equal(await all.article('digest-network (query)'), undefined);
  });

  await t.test(
    'should page through the stories as it lists them, and give one with all its findings',
    async () => {
      const listed = await all.stories();
      const first = await all.storiesPage({ limit: 1 });
      assert.deepEqual(first.stories, listed.slice(0, 1));
      const rest = await all.storiesPage({ limit: 10, before: first.next as number });
      assert.deepEqual(rest.stories, listed.slice(1));
      assert.equal(rest.next, undefined);
      const spill = listed.find((s) => s.articles.length > 1) as StoryListing;
      const story = await all.story(spill.story);
      assert.deepEqual(
        { ...story, kinships: undefined, derivationsFull: undefined },
        {
          ...spill,
          kinships: undefined,
          derivationsFull: undefined,
        },
      );
      assert.ok(story?.derivationsFull.every((d) => d.passages.length > 0 && d.evidence.length > 0));
      assert.equal(await all.story('no-such-story'), undefined);
      const named = await all.storiesPage({ limit: 10, containing: 'LIBRARY' });
      assert.deepEqual(
        named.stories.map((s) => s.articles.map((a) => a.id)),
        [['library-budget']],
      );
    },
  );

  await t.test('should keep the quotations of every article it adds, found by speaker', async () => {
    const quotes = await all.quotations({ speaker: 'okafor', limit: 100 });
    assert.ok(quotes.length > 3);
    assert.ok(quotes.every((q) => q.speaker?.toLowerCase().includes('okafor') && q.title !== ''));
    assert.ok(quotes.some((q) => q.article === 'valley-gazette'));
    assert.ok(quotes.some((q) => q.article === 'eastbridge-observer'));
  });

  await t.test('should list only stories with an article published since a date', async () => {
    const since = await all.stories('2026-03-04');
    assert.ok(since.some((s) => s.articles.some((a) => a.id === 'eastbridge-observer')));
    assert.deepEqual(await all.stories('2100-01-01'), []);
  });
});
