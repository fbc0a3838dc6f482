import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleKeys } from './article-keys.ts';
import { chooseCandidates, defaultCandidateRules, type KeyHits, keyMatches } from './choose.ts';

const keys = (anchors: string[], passageSentences: number[] = []): ArticleKeys => ({
  bands: [],
  passages: passageSentences.map((_, i) => 500 + i),
  passageSentences,
  anchors,
  anchorKeys: anchors.map((_, i) => i),
});

/** Both steps, with the anchors of the indexed articles and of the new article's sentences given. */
const choose = (
  own: ArticleKeys,
  hits: KeyHits,
  anchorsOf: (article: number) => string[] = () => [],
  sentenceAnchors: string[][] = [],
) => chooseCandidates(own, keyMatches(own, hits), anchorsOf, sentenceAnchors);

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
    assert.deepEqual(chosen, [
      {
        article: 1,
        sharedAnchors: 2,
        sameWording: false,
        sharedPassages: 0,
        passageRarity: 0,
        passageSentences: [],
      },
    ]);
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
    'should take a long report sharing a passage that keeps its names, whatever its other facts',
    () => {
      // Sentences 0–2 of the new report are its own; 3 and 4 hold the lifted paragraph.
      const own = keys(['lowmoor', 'okafor', '18500', 'kestrel', 'brindle', 'sato'], [0, 1, 3, 3, 4]);
      const sentenceAnchors = [['lowmoor'], ['18500', 'kestrel'], ['sato'], ['okafor', 'quill'], ['harrow']];
      const source = ['okafor', 'quill', 'harrow', 'ostend', 'pike'];
      const hits: KeyHits = {
        anchorPostings: [[], [4], [], [], [], []],
        bandPostings: [],
        passagePostings: [[9], [], [4], [4, 9], [4]],
      };
      const chosen = choose(
        own,
        hits,
        (ref) => (ref === 4 ? source : ['pike', 'ostend', 'marle']),
        sentenceAnchors,
      );
      assert.deepEqual(
        chosen.map((c) => [c.article, c.sharedPassages, c.passageSentences]),
        [[4, 3, [3, 4]]],
      );
    },
  );

  await t.test('should not take passages shared with a template about other people', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel'], [0, 1, 2]);
    const sentenceAnchors = [['lowmoor', 'okafor'], ['18500'], ['kestrel']];
    const hits: KeyHits = {
      anchorPostings: [[], [], [], []],
      bandPostings: [],
      passagePostings: [[9], [9], [9]],
    };
    assert.deepEqual(
      choose(own, hits, () => ['brindle', 'sato', '2400', 'quill'], sentenceAnchors),
      [],
    );
  });

  await t.test('should take wording without names or numbers only when its fingerprints are rare', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel'], [0, 1, 2]);
    const theirs = () => ['brindle', 'sato', '2400', 'quill'];
    const rare: KeyHits = {
      anchorPostings: [[], [], [], []],
      bandPostings: [],
      passagePostings: [[9], [9], [9]],
    };
    assert.equal(choose(own, rare, theirs, [[], [], []]).length, 1);
    // Held by others too (stock or template wording), or too short a run: not a candidate.
    const common: KeyHits = {
      ...rare,
      passagePostings: [
        [9, 1, 2],
        [9, 3, 4],
        [9, 5],
      ],
    };
    assert.deepEqual(choose(own, common, theirs, [[], [], []]), []);
    const short: KeyHits = { ...rare, passagePostings: [[9], [9], []] };
    assert.deepEqual(choose(own, short, theirs, [[], [], []]), []);
  });
});
