import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleKeys } from './article-keys.ts';
import { chooseCandidates, defaultCandidateRules, type KeyHits, keyMatches } from './choose.ts';

const keys = (anchors: string[]): ArticleKeys => ({
  bands: [],
  anchors,
  anchorKeys: anchors.map((_, i) => i),
});

/** Both steps, with the anchors of the indexed articles given. */
const choose = (own: ArticleKeys, hits: KeyHits, anchorsOf: (article: number) => string[] = () => []) =>
  chooseCandidates(own, keyMatches(hits), anchorsOf);

test('chooseCandidates', async (t) => {
  await t.test('should choose articles sharing three rare anchors, not those sharing two', () => {
    const own = keys(['lowmoor', 'okafor', '18500', 'kestrel']);
    const chosen = choose(own, { anchorPostings: [[1, 2], [1, 2], [1], [3]], bandHits: [] });
    assert.deepEqual(
      chosen.map((c) => c.article),
      [1],
    );
  });

  await t.test('should not count an anchor that too many indexed articles hold', () => {
    const crowded = Array.from({ length: defaultCandidateRules.maxPostings + 1 }, (_, i) => i + 10);
    const chosen = choose(keys(['a', 'b', 'c']), {
      anchorPostings: [[1, ...crowded], [1], [1]],
      bandHits: [],
    });
    assert.deepEqual(chosen, [{ article: 1, sharedAnchors: 2, sameWording: false }]);
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
      { anchorPostings: [[], [], [], []], bandHits: [5, 6, 7] },
      (ref) => theirs.get(ref) ?? [],
    );
    assert.deepEqual(
      chosen.map((c) => c.article),
      [5, 7],
    );
  });
});
