// Tests for the per-sentence n-gram counts and the overlap measures computed on them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SentenceFeatures } from '../../represent/types.ts';
import { diceOf } from './ngrams.ts';
import { bleuOfCounts, common, countsOf, diceOfCounts, sequenceCounts } from './sequence-counts.ts';

/** Features with only words and stems filled in (all sequenceCounts reads); stems drop a final "s". */
function sentence(text: string): SentenceFeatures {
  const words = text.split(' ');
  return {
    words,
    stems: words.map((w) => w.replace(/s$/, '')),
    negations: 0,
    terms: [],
    termWords: [],
    lemmas: [],
    synsets: [],
    antonyms: [],
    ranks: [],
    weights: [],
    names: [],
    numbers: [],
    anchors: [],
    quoted: 0,
    sif: new Float32Array(0),
  };
}

test('countsOf', async (t) => {
  await t.test('should count each item and keep the total', () => {
    const c = countsOf(['ferry', 'dock', 'ferry']);
    assert.deepEqual(
      [...c.map],
      [
        ['ferry', 2],
        ['dock', 1],
      ],
    );
    assert.equal(c.size, 3);
  });
});

test('common', async (t) => {
  await t.test('should be the size of the multiset intersection', () => {
    const a = countsOf(['ferry', 'ferry', 'ferry', 'dock']);
    const b = countsOf(['ferry', 'ferry', 'bridge']);
    assert.equal(common(a, b), 2);
    assert.equal(common(b, a), 2);
  });

  await t.test('should be 0 when nothing is shared or a side is empty', () => {
    assert.equal(common(countsOf(['ferry']), countsOf(['bridge'])), 0);
    assert.equal(common(countsOf([]), countsOf(['bridge'])), 0);
  });
});

test('diceOfCounts', async (t) => {
  const lists: Array<[string[], string[]]> = [
    [
      ['ferry', 'ferry', 'dock'],
      ['ferry', 'dock', 'dock'],
    ],
    [['ferry', 'ferry'], ['ferry']],
    [
      ['ada', 'quill', 'crossed', 'marrow', 'bridge'],
      ['ada', 'quill', 'crossed', 'marrow', 'bridge'],
    ],
    [
      ['the', 'ferry', 'left'],
      ['a', 'bridge', 'opened'],
    ],
    [[], ['ferry']],
    [[], []],
  ];

  await t.test('should equal diceOf on the same lists', () => {
    for (const [a, b] of lists) {
      assert.equal(diceOfCounts(countsOf(a), countsOf(b)), diceOf(a, b), `${a} / ${b}`);
    }
  });

  await t.test('should be 1 when both are empty and 0 when one is', () => {
    assert.equal(diceOfCounts(countsOf([]), countsOf([])), 1);
    assert.equal(diceOfCounts(countsOf(['ferry']), countsOf([])), 0);
  });
});

test('bleuOfCounts', async (t) => {
  const ferry = sequenceCounts(sentence('the lindenfield ferry left the dock at dawn'));
  const fair = sequenceCounts(sentence('ada quill sold apricot pies on market day'));

  await t.test('should be 1 for a sentence against itself', () => {
    assert.equal(bleuOfCounts(ferry, ferry), 1);
  });

  await t.test('should be small for sentences with no words in common', () => {
    const score = bleuOfCounts(ferry, fair);
    // eight words: +1-smoothed precisions 1/9, 1/8, 1/7, 1/6
    assert.ok(Math.abs(score - (1 / (9 * 8 * 7 * 6)) ** 0.25) < 1e-12);
    assert.ok(score < 0.2);
  });

  await t.test('should fall between the two for a partial rewrite', () => {
    const rewrite = sequenceCounts(sentence('the lindenfield ferry left the pier at noon'));
    const score = bleuOfCounts(rewrite, ferry);
    assert.ok(score > bleuOfCounts(fair, ferry));
    assert.ok(score < 1);
  });

  await t.test(
    "should measure the candidate's precision, so a shorter candidate inside the reference scores 1",
    () => {
      const short = sequenceCounts(sentence('the lindenfield ferry left'));
      assert.equal(bleuOfCounts(short, ferry), 1);
      assert.ok(bleuOfCounts(ferry, short) < 1);
    },
  );

  await t.test('should compare stems, not words', () => {
    const plural = sequenceCounts(sentence('ferries left docks'));
    const singular = sequenceCounts(sentence('ferrie left dock'));
    assert.equal(bleuOfCounts(plural, singular), 1);
  });
});

test('sequenceCounts', async (t) => {
  await t.test('should return the same object for the same features object', () => {
    const f = sentence('ada quill crossed marrow bridge');
    assert.equal(sequenceCounts(f), sequenceCounts(f));
  });

  await t.test('should compute afresh for another features object with the same words', () => {
    const a = sentence('ada quill crossed marrow bridge');
    const b = sentence('ada quill crossed marrow bridge');
    assert.notEqual(sequenceCounts(a), sequenceCounts(b));
    assert.deepEqual(sequenceCounts(a), sequenceCounts(b));
  });

  await t.test('should count words, stems, character grams and stem n-grams of orders 1 to 4', () => {
    const c = sequenceCounts(sentence('ferries meet ferries'));
    assert.equal(c.words.map.get('ferries'), 2);
    assert.equal(c.words.size, 3);
    assert.equal(c.stems.map.get('ferrie'), 2);
    // " ferries meet ferries " has 22 characters
    assert.equal(c.char3.size, 20);
    assert.equal(c.char4.size, 19);
    assert.equal(c.char3.map.get('rie'), 2);
    assert.deepEqual(
      c.stemGrams.map((g) => g.size),
      [0, 3, 2, 1, 0],
    );
    assert.equal(c.stemGrams[2]?.map.get('ferrie meet'), 1);
    assert.equal(c.stemGrams[3]?.map.get('ferrie meet ferrie'), 1);
  });
});
