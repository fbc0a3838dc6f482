// Tests for the word and character overlap measures: Dice, n-grams, LCS, edit distance and METEOR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charNgrams, diceOf, editDistance, lcsLength, meteor, ngrams } from './ngrams.ts';

const words = (s: string) => s.split(' ');

test('diceOf', async (t) => {
  await t.test('should be 1 for the same list', () => {
    assert.equal(
      diceOf(words('ada quill crossed marrow bridge'), words('ada quill crossed marrow bridge')),
      1,
    );
  });

  await t.test('should be 1 when both lists are empty', () => {
    assert.equal(diceOf([], []), 1);
  });

  await t.test('should be 0 when one list is empty', () => {
    assert.equal(diceOf(['ferry'], []), 0);
    assert.equal(diceOf([], ['ferry']), 0);
  });

  await t.test('should be 0 for lists with nothing in common', () => {
    assert.equal(diceOf(words('the ferry left'), words('a bridge opened')), 0);
  });

  await t.test('should count repeated items as a multiset, not a set', () => {
    // {ferry, ferry, dock} ∩ {ferry, dock, dock} = {ferry, dock}: 2·2 / 6
    assert.equal(diceOf(['ferry', 'ferry', 'dock'], ['ferry', 'dock', 'dock']), 4 / 6);
    // one "ferry" on the right matches only one of the two on the left
    assert.equal(diceOf(['ferry', 'ferry'], ['ferry']), 2 / 3);
  });

  await t.test('should be symmetric', () => {
    const a = words('the lindenfield ferry left the dock');
    const b = words('the ferry left lindenfield at dawn');
    assert.equal(diceOf(a, b), diceOf(b, a));
    assert.equal(diceOf(a, b), (2 * 4) / 12);
  });
});

test('ngrams', async (t) => {
  await t.test('should join each run of n words with a space, in order', () => {
    assert.deepEqual(ngrams(words('ada quill crossed marrow'), 2), [
      'ada quill',
      'quill crossed',
      'crossed marrow',
    ]);
    assert.deepEqual(ngrams(words('ada quill crossed marrow'), 3), [
      'ada quill crossed',
      'quill crossed marrow',
    ]);
  });

  await t.test('should return the words themselves for n = 1', () => {
    assert.deepEqual(ngrams(words('the ferry left'), 1), ['the', 'ferry', 'left']);
  });

  await t.test('should return nothing when the sequence is shorter than n', () => {
    assert.deepEqual(ngrams(words('the ferry'), 3), []);
    assert.deepEqual(ngrams([], 1), []);
  });
});

test('charNgrams', async (t) => {
  await t.test('should pad the text with a space on each side', () => {
    // " ada " → " ad", "ada", "da "
    assert.deepEqual(charNgrams(['ada'], 3), [' ad', 'ada', 'da ']);
  });

  await t.test('should join words with single spaces so grams cross word boundaries', () => {
    const grams = charNgrams(['ada', 'quill'], 4);
    assert.equal(grams.length, ' ada quill '.length - 3);
    assert.ok(grams.includes('a qu'));
    assert.equal(grams[0], ' ada');
    assert.equal(grams.at(-1), 'ill ');
  });

  await t.test('should return nothing when the padded text is shorter than n', () => {
    assert.deepEqual(charNgrams(['a'], 4), []);
  });
});

test('lcsLength', async (t) => {
  await t.test('should find the longest common subsequence, gaps allowed', () => {
    // "the ferry left the dock" / "the old ferry left a dock": the ferry left dock
    assert.equal(lcsLength(words('the ferry left the dock'), words('the old ferry left a dock')), 4);
  });

  await t.test('should respect word order', () => {
    assert.equal(lcsLength(words('ada met quill'), words('quill met ada')), 1);
  });

  await t.test('should be the length of the sequence for a copy', () => {
    const s = words('marrow bridge opens on monday');
    assert.equal(lcsLength(s, [...s]), 5);
  });

  await t.test('should be 0 when either side is empty or nothing matches', () => {
    assert.equal(lcsLength([], words('the ferry')), 0);
    assert.equal(lcsLength(words('the ferry'), []), 0);
    assert.equal(lcsLength(words('the ferry'), words('a bridge')), 0);
  });

  await t.test('should be symmetric', () => {
    const a = words('a b c b d a b');
    const b = words('b d c a b a');
    assert.equal(lcsLength(a, b), 4);
    assert.equal(lcsLength(b, a), 4);
  });
});

test('editDistance', async (t) => {
  await t.test('should be 0 for the same words', () => {
    assert.equal(editDistance(words('the ferry left early'), words('the ferry left early')), 0);
  });

  await t.test('should count one substitution, insertion or deletion as 1', () => {
    assert.equal(editDistance(words('the ferry left early'), words('the ferry left late')), 1);
    assert.equal(editDistance(words('the ferry left'), words('the ferry left early')), 1);
    assert.equal(editDistance(words('the old ferry left'), words('the ferry left')), 1);
  });

  await t.test('should be the other length when one side is empty', () => {
    assert.equal(editDistance([], words('ada quill spoke')), 3);
    assert.equal(editDistance(words('ada quill spoke'), []), 3);
  });

  await t.test('should count a swap of two words as two edits', () => {
    assert.equal(editDistance(words('ada quill'), words('quill ada')), 2);
  });

  await t.test('should find the cheapest mix of edits', () => {
    // delete "old", substitute "early" → "late", insert "today"
    assert.equal(editDistance(words('the old ferry left early'), words('the ferry left late today')), 3);
  });
});

test('meteor', async (t) => {
  const identity = (n: number) => Array.from({ length: n }, (_, i): [number, number] => [i, i]);

  await t.test('should be close to 1 for two equal sentences aligned word for word', () => {
    const score = meteor(identity(6), 6, 6);
    // one chunk of six matches: penalty 0.5 · (1/6)³
    assert.ok(Math.abs(score - (1 - 0.5 / 216)) < 1e-12);
    assert.ok(score > 0.99 && score < 1);
  });

  await t.test(
    'should lower the score through the fragmentation penalty when word order is scrambled',
    () => {
      const inOrder = meteor(identity(6), 6, 6);
      // six matches in six chunks: penalty 0.5 · 1³
      const scrambled = meteor(
        [
          [0, 3],
          [1, 0],
          [2, 4],
          [3, 1],
          [4, 5],
          [5, 2],
        ],
        6,
        6,
      );
      assert.ok(Math.abs(scrambled - 0.5) < 1e-12);
      assert.ok(scrambled < inOrder);
    },
  );

  await t.test('should penalise two chunks less than six', () => {
    // "ada quill opened marrow bridge today" vs "marrow bridge today ada quill opened"
    const twoChunks = meteor(
      [
        [0, 3],
        [1, 4],
        [2, 5],
        [3, 0],
        [4, 1],
        [5, 2],
      ],
      6,
      6,
    );
    assert.ok(Math.abs(twoChunks - (1 - 0.5 * (2 / 6) ** 3)) < 1e-12);
  });

  await t.test('should not depend on the order the pairs are listed in', () => {
    const pairs: Array<[number, number]> = [
      [2, 2],
      [0, 0],
      [1, 1],
    ];
    assert.equal(meteor(pairs, 3, 3), meteor(identity(3), 3, 3));
  });

  await t.test('should leave the pairs it is given untouched', () => {
    const pairs: Array<[number, number]> = [
      [1, 1],
      [0, 0],
    ];
    meteor(pairs, 2, 2);
    assert.deepEqual(pairs, [
      [1, 1],
      [0, 0],
    ]);
  });

  await t.test('should weight recall more than precision', () => {
    const pairs = identity(3);
    // precision 3/4, recall 3/6 versus precision 3/6, recall 3/4
    const lowRecall = meteor(pairs, 4, 6);
    const highRecall = meteor(pairs, 6, 4);
    assert.ok(highRecall > lowRecall);
    const fmean = (p: number, r: number) => (10 * p * r) / (r + 9 * p);
    assert.ok(Math.abs(lowRecall - fmean(3 / 4, 3 / 6) * (1 - 0.5 / 27)) < 1e-12);
  });

  await t.test('should be 0 when nothing matches or a sentence is empty', () => {
    assert.equal(meteor([], 5, 5), 0);
    assert.equal(meteor([], 0, 0), 0);
    assert.equal(meteor([[0, 0]], 0, 3), 0);
    assert.equal(meteor([[0, 0]], 3, 0), 0);
  });
});
