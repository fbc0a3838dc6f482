import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cosineAmong, neighboursOf } from './related-words.ts';
import { wordVectors } from './word-vectors.ts';

test('cosineAmong', async (t) => {
  await t.test('should find every neighbour of a word with its cosine, and no other word', () => {
    let checked = 0;
    for (const word of ['talks', 'rise', 'official', 'said', 'hospital', 'minister']) {
      const rank = wordVectors().rank(word) as number;
      const neighbours = neighboursOf(rank);
      assert.ok(neighbours, word);
      const among = new Set(neighbours.ranks);
      neighbours.ranks.forEach((r, k) => {
        assert.equal(cosineAmong(neighbours, r), neighbours.cosines[k]);
      });
      // Ranks sharing a neighbour's mask bit but not in the list, and ranks nowhere near.
      for (let r = 0; r < 50_000; r += 7) if (!among.has(r)) assert.equal(cosineAmong(neighbours, r), 0);
      checked += neighbours.ranks.length;
    }
    assert.ok(checked > 20);
  });

  await t.test(
    'should give no neighbours for a word outside the table or one that must match exactly',
    () => {
      assert.equal(neighboursOf(-1), undefined);
      assert.equal(neighboursOf(10_000_000), undefined);
    },
  );
});
