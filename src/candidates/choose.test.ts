import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleKeys } from './article-keys.ts';
import { chooseCandidates, defaultCandidateRules, type KeyHits, keyMatches } from './choose.ts';

const keys = (anchors: string[]): ArticleKeys => ({
  bands: [],
  passages: [],
  anchors,
  anchorKeys: anchors.map((_, i) => i),
});

/** Both steps, with the anchors of the indexed articles given. */
const choose = (own: ArticleKeys, hits: KeyHits, anchorsOf: (article: number) => string[] = () => []) =>
  chooseCandidates(own, keyMatches(hits), anchorsOf);

test('chooseCandidates', async (t) => {
  await t.test('should choose articles sharing three rare anchors, not those sharing two', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel']);
    const chosen = choose(own, {
      anchorPostings: [[1, 2], [1, 2], [1], [3]],
      bandPostings: [],
      passagePostings: [],
    });
    assert.deepEqual(
      chosen.map((c) => c.article),
      [1],
    );
  });

  await t.test('should not count an anchor that too many indexed articles hold', () => {
    const chosen = choose(keys(['a', 'b', 'c']), {
      anchorPostings: [null, [1], [1]],
      bandPostings: [],
      passagePostings: [],
    });
    assert.deepEqual(chosen, [{ article: 1, sharedAnchors: 2, sameWording: false, sharedPassages: 0 }]);
  });

  await t.test('should take a band hit unless its anchors show a template with other facts', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel']);
    const theirs = new Map([
      [5, ['lowmoor', 'okafor', '18500']],
      [6, ['brindle', 'sato', '2400', 'kestrel']],
      [7, ['lowmoor']],
    ]);
    const chosen = choose(
      own,
      { anchorPostings: [[], [], [], []], bandPostings: [[5, 6, 7]], passagePostings: [] },
      (ref) => theirs.get(ref) ?? [],
    );
    assert.deepEqual(
      chosen.map((c) => c.article),
      [5, 7],
    );
  });

  await t.test('should take the articles sharing the most bands when many share one', () => {
    const crowd = Array.from({ length: 120 }, (_, i) => 1000 - i);
    const copy = 7;
    const postings = [[...crowd, copy], [copy], [copy], [copy], [crowd[0] as number]];
    const chosen = choose(keys([]), { anchorPostings: [], bandPostings: postings, passagePostings: [] });
    const ids = chosen.map((c) => c.article);
    assert.equal(ids.length, defaultCandidateRules.maxCandidates);
    // The copy (4 bands) and the article sharing 2 are in; of those sharing one band, the newest.
    assert.ok(ids.includes(copy) && ids.includes(1000) && ids.includes(952));
    assert.ok(!ids.includes(951));
  });

  await t.test(
    'should take an article sharing two passages whatever its other facts, not one sharing one',
    () => {
      // A long report that lifted a paragraph: most of its anchors are its own.
      const own = keys(['lowmoor', 'okafor', '18500', 'kestrel', 'brindle', 'sato']);
      const theirs = new Map([
        [4, ['okafor', 'quill', 'harrow', 'ostend', 'pike']],
        [5, ['okafor', 'quill', 'harrow', 'ostend']],
      ]);
      const hits: KeyHits = {
        anchorPostings: [[], [4, 5], [], [], [], []],
        bandPostings: [],
        passagePostings: [[4, 5], [4], [4], null],
      };
      const chosen = choose(own, hits, (ref) => theirs.get(ref) ?? []);
      assert.deepEqual(
        chosen.map((c) => [c.article, c.sharedPassages]),
        [[4, 3]],
      );
    },
  );

  await t.test('should not take passages shared with a template that states other facts', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel']);
    const hits: KeyHits = {
      anchorPostings: [[], [], [], []],
      bandPostings: [],
      passagePostings: [[9], [9], [9]],
    };
    const template = choose(own, hits, () => ['brindle', 'sato', '2400', 'quill']);
    assert.deepEqual(template, []);
    // An article without enough anchors to tell has only its wording to go by.
    assert.equal(choose(keys([]), hits, () => ['brindle']).length, 1);
  });
});
