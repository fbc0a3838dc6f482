// The behaviour every IndexStore must have, run against each database (sqlite.test.ts, postgres.test.ts).
// Not a *.test.ts file itself: scripts/run-tests.js runs those, and this one only defines the suite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../quotes/types.ts';
import type { IndexStore, StoredArticle } from './types.ts';

/** A new, empty database: `open` connects to it, each call on a connection of its own. */
export interface TestDatabase {
  open(): Promise<IndexStore>;
}

export const article = (
  id: string,
  anchors: string[] = [],
  meta: StoredArticle['meta'] = {},
): StoredArticle => ({
  id,
  path: `${id}.txt`,
  text: `The Lowmoor ferry pier closed on Friday (${id}).`,
  meta: { publisher: 'Lowmoor Ledger', ...meta },
  contentHash: `hash-${id}`,
  title: 'Pier closed',
  sentences: ['The Lowmoor ferry pier closed on Friday.'],
  boilerplate: [],
  anchors,
});

export const noKeys = { bands: [], passages: [], anchorKeys: [] };

const quote = (article: string, n: number, speaker: string | null, text: string): Quote => ({
  id: `${article}#q${n}`,
  article,
  text,
  speaker,
  speakerMention: speaker,
  speakerSpan: null,
  cue: 'said',
  sentence: n,
  start: 0,
  end: text.length,
  parts: [[0, text.length]],
  fragment: false,
});

/** Runs the store behaviour tests as one test named `name`, each subtest on a new database. */
export function storeSuite(name: string, database: () => Promise<TestDatabase>): void {
  /** A store on a new database. */
  const fresh = async () => (await database()).open();

  test(name, async (t) => {
    await t.test('should keep articles, their keys and stories after the database is reopened', async () => {
      const db = await database();
      const store = await db.open();
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
      const again = await db.open();
      assert.equal(await again.count(), 2);
      assert.equal(await again.storyCount(), 1);
      assert.deepEqual((await again.byId('pier'))?.anchors, ['lowmoor']);
      assert.deepEqual(
        (await again.byRefs([quay, 999, pier])).map((a) => [a.id, a.story]),
        [
          ['quay', 'pier'],
          ['pier', 'pier'],
        ],
      );
      assert.deepEqual(
        (await again.heads(['quay', 'nobody', 'pier'])).map((a) => [a.id, a.meta.publisher]),
        [
          ['quay', 'Lowmoor Ledger'],
          ['pier', 'Lowmoor Ledger'],
        ],
      );
      assert.deepEqual(await again.anchorPostings([101, 102, 103], 10), [[quay, pier], [quay], []]);
      assert.deepEqual(await again.bandPostings([8, 9], 10), [[quay, pier], []]);
      assert.deepEqual(await again.bandPostings([8], 1), [[quay]]);
      assert.deepEqual(await again.passagePostings([31, 32, 33], 10), [[quay, pier], [quay], []]);
      assert.deepEqual(await again.storyMembers('pier'), ['pier', 'quay']);
      assert.deepEqual(await again.refs(), [pier, quay]);
      await again.close();
    });

    await t.test('should drop everything written after begin when rolled back', async () => {
      const store = await fresh();
      await store.begin();
      await store.insert(article('pontoon'), { bands: [9], passages: [], anchorKeys: [] });
      await store.rollback();
      assert.equal(await store.byId('pontoon'), undefined);
      assert.deepEqual(await store.bandPostings([9], 10), [[]]);
      assert.deepEqual(await store.refs(), []);
      await store.close();
    });

    await t.test(
      'should tell an anchor or passage held by more articles than the limit, and forget it on rollback',
      async () => {
        const store = await fresh();
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
      const store = await fresh();
      const pier = await store.insert(article('pier', ['lowmoor', '18']), noKeys);
      const quay = await store.insert(article('quay', ['okafor']), noKeys);
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

    await t.test("should not give a rolled-back article's anchors for a later article", async () => {
      const store = await fresh();
      await store.begin();
      const gone = await store.insert(article('gone', ['brindle']), noKeys);
      assert.deepEqual(await store.anchorsOf([gone]), new Map([[gone, ['brindle']]]));
      await store.rollback();
      const kept = await store.insert(article('kept', ['okafor']), noKeys);
      // SQLite gives the ref again; PostgreSQL's sequence leaves a gap.
      assert.deepEqual(
        await store.anchorsOf([gone, kept]),
        new Map([
          [gone, kept === gone ? ['okafor'] : []],
          [kept, ['okafor']],
        ]),
      );
      await store.close();
    });

    await t.test(
      'should read verdicts among articles per article in order of arrival, then by id',
      async () => {
        const store = await fresh();
        for (const id of ['b', 'a', 'c', 'Z']) await store.insert(article(id), noKeys);
        const verdict = (a: string, b: string, relation = 'copy') => ({ a, b, relation }) as never;
        await store.putVerdicts([verdict('b', 'c'), verdict('b', 'a'), verdict('b', 'Z'), verdict('a', 'c')]);
        await store.putVerdicts([verdict('b', 'a', 'unrelated')]);
        const among = await store.verdictsAmong(['b', 'a', 'c', 'Z']);
        assert.deepEqual(
          among.map((v: { a: string; b: string; relation: string }) => `${v.a}-${v.b}:${v.relation}`),
          ['b-Z:copy', 'b-a:unrelated', 'b-c:copy', 'a-c:copy'],
        );
        assert.deepEqual(
          (await store.verdictsAmong(['a', 'c'])).map((v: { a: string; b: string }) => `${v.a}-${v.b}`),
          ['a-c'],
        );
        await store.close();
      },
    );

    await t.test(
      'should keep findings in the order found, and drop them when their story is joined',
      async () => {
        const store = await fresh();
        for (const id of ['a', 'b', 'c', 'd']) await store.insert(article(id), noKeys);
        await store.relabelStories(['b', 'c'], 'a');
        const derivation = (original: string, copy: string, confidence = 0.9) =>
          ({ original, copy, confidence }) as never;
        const contribution = (id: string) => ({ article: id }) as never;
        await store.putFindings('a', {
          derivations: [derivation('c', 'b'), derivation('a', 'c'), derivation('a', 'b')],
          kinships: [{ a: 'b', b: 'c' } as never],
          contributions: [contribution('c'), contribution('a'), contribution('b')],
        });
        const story = await store.storyFindings('a');
        assert.deepEqual(
          story.derivations.map((d) => `${d.original}>${d.copy}`),
          ['c>b', 'a>c', 'a>b'],
        );
        assert.deepEqual(
          story.contributions.map((c) => c.article),
          ['c', 'a', 'b'],
        );
        const ofB = await store.findingsOf('b');
        assert.deepEqual(
          ofB.derivations.map((d) => `${d.original}>${d.copy}`),
          ['c>b', 'a>b'],
        );
        assert.deepEqual(ofB.kinships, [{ a: 'b', b: 'c' }]);
        assert.deepEqual(
          ofB.contributions.map((c) => c.article),
          ['b'],
        );
        // Found again: replaced, in the new order.
        await store.putFindings('a', {
          derivations: [derivation('a', 'b', 0.5), derivation('c', 'b')],
          kinships: [],
          contributions: [contribution('b')],
        });
        assert.deepEqual(
          (await store.storyFindings('a')).derivations.map((d) => `${d.original}>${d.copy}:${d.confidence}`),
          ['a>b:0.5', 'c>b:0.9'],
        );
        await store.relabelStories(['a', 'd'], 'd');
        assert.deepEqual(await store.storyMembers('d'), ['a', 'b', 'c', 'd']);
        assert.deepEqual(await store.storyFindings('a'), {
          derivations: [],
          kinships: [],
          contributions: [],
        });
        assert.deepEqual(await store.storyMembers('a'), []);
        assert.equal(await store.storyCount(), 1);
        await store.close();
      },
    );

    await t.test('should list quotations by speaker, ignoring case, newest articles first', async () => {
      const store = await fresh();
      const old = await store.insert(article('old', [], { published: '2031-03-01T08:00:00Z' }), noKeys);
      const recent = await store.insert(article('recent', [], { published: '2031-03-05T08:00:00Z' }), noKeys);
      await store.putQuotes(recent, [
        quote('recent', 1, 'Maren Okafor', 'We will reopen the pier.'),
        quote('recent', 2, null, 'Not before May.'),
        quote('recent', 3, 'Ines Valcourt', 'The pylons are sound.'),
      ]);
      await store.putQuotes(old, [quote('old', 1, 'Councillor Maren OKAFOR', 'The pier is closed.')]);
      const byOkafor = await store.quotations({ speaker: 'okaFor', limit: 10 });
      assert.deepEqual(
        byOkafor.map((q) => [q.id, q.title]),
        [
          ['recent#q1', 'Pier closed'],
          ['old#q1', 'Pier closed'],
        ],
      );
      assert.deepEqual(byOkafor[0]?.parts, [[0, 24]]);
      assert.equal((await store.quotations({ speaker: 'okafor', limit: 1 })).length, 1);
      assert.deepEqual(
        (await store.quotations({ limit: 10 })).map((q) => q.id),
        ['recent#q1', 'recent#q2', 'recent#q3', 'old#q1'],
      );
      assert.deepEqual(await store.quotations({ speaker: 'nobody', limit: 10 }), []);
      await store.begin();
      const gone = await store.insert(article('gone'), noKeys);
      await store.putQuotes(gone, [quote('gone', 1, 'Maren Okafor', 'Gone.')]);
      await store.rollback();
      assert.equal((await store.quotations({ speaker: 'okafor', limit: 10 })).length, 2);
      await store.close();
    });

    await t.test('should page through the stories newest first, filtered by a date or a word', async () => {
      const store = await fresh();
      const add = async (id: string, story: string, meta: StoredArticle['meta'] = {}) => {
        await store.insert({ ...article(id, [], meta), title: `Title of ${id}` }, noKeys);
        if (story !== id) await store.relabelStories([id], story);
      };
      await add('a', 'a', { published: '2031-01-01T00:00:00Z' });
      await add('b', 'b', { published: '2031-01-02T00:00:00Z', publisher: 'Harbour Chronicle' });
      await add('c', 'c', { published: '2031-01-03T00:00:00Z' });
      await add('a2', 'a', { published: '2031-01-04T00:00:00Z' });
      await add('d', 'd', { published: '2031-01-05T00:00:00Z' });
      assert.deepEqual(
        (await store.stories()).map((r) => [r.story, r.ids]),
        [
          ['d', ['d']],
          ['a', ['a', 'a2']],
          ['c', ['c']],
          ['b', ['b']],
        ],
      );
      assert.deepEqual(
        (await store.stories('2031-01-04T00:00:00.000Z')).map((r) => r.story),
        ['d', 'a'],
      );
      const first = await store.storiesPage({ limit: 2 });
      assert.deepEqual(
        first.rows.map((r) => [r.story, r.ids]),
        [
          ['d', ['d']],
          ['a', ['a', 'a2']],
        ],
      );
      assert.equal(first.more, true);
      // A story that gains an article meanwhile moves above the cursor: it is not listed again.
      await add('a3', 'a');
      const second = await store.storiesPage({ limit: 2, before: first.rows[1]?.newest as number });
      assert.deepEqual(
        second.rows.map((r) => r.story),
        ['c', 'b'],
      );
      assert.equal(second.more, false);
      assert.deepEqual(
        (await store.storiesPage({ limit: 10, containing: 'harbour CHRON' })).rows.map((r) => r.story),
        ['b'],
      );
      assert.deepEqual(
        (await store.storiesPage({ limit: 10, containing: 'A2' })).rows.map((r) => r.story),
        ['a'],
      );
      assert.deepEqual(
        (await store.storiesPage({ limit: 10, containing: 'title of c' })).rows.map((r) => r.story),
        ['c'],
      );
      assert.deepEqual(
        (await store.storiesPage({ limit: 10, since: '2031-01-03T00:00:00.000Z' })).rows.map((r) => r.story),
        ['a', 'd', 'c'],
      );
      // A story whose articles fill the first articles read: the page reads on to tell whether more follow.
      for (let i = 0; i < 12; i++) await add(`e${i}`, 'e');
      const crowded = await store.storiesPage({ limit: 1 });
      assert.deepEqual([crowded.rows.map((r) => r.ids.length), crowded.more], [[12], true]);
      await store.close();
    });

    await t.test('should tell the keys whose postings lack an article', async () => {
      const store = await fresh();
      const ref = await store.insert(article('pier'), { bands: [7, 8], passages: [31], anchorKeys: [101] });
      assert.deepEqual(
        await store.missingPostings(ref, { bands: [9, 7, 5], passages: [31], anchorKeys: [102] }),
        {
          bands: [9, 5],
          passages: [],
          anchorKeys: [102],
        },
      );
      assert.deepEqual(await store.integrity(), []);
      await store.close();
    });

    await t.test('should let one connection read while another writes to the same database', async () => {
      const db = await database();
      const writer = await db.open();
      const reader = await db.open();
      await writer.insert(article('kept'), noKeys);
      await writer.begin();
      await writer.insert(article('pending'), noKeys);
      assert.equal(await reader.count(), 1);
      assert.equal(await reader.byId('pending'), undefined);
      await writer.commit();
      assert.equal(await reader.count(), 2);
      await writer.close();
      await reader.close();
    });
  });
}
