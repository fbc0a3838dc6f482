// Tests for scoring found pairs against a generated corpus's truth.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestF1Threshold, bestPerPair, type CorpusTruth, scorePairs } from './score.ts';

// Story 1: an original, a verbatim and a paraphrased copy, and an independent report written from base 7.
// Story 2 shares story 1's base text.
const corpus: CorpusTruth = {
  truth: [
    { original: 's1-orig', copy: 's1-copy1', method: 'verbatim' },
    { original: 's1-orig', copy: 's1-para1', method: 'paraphrased' },
  ],
  sameStory: [{ a: 's1-orig', b: 's1-same1' }],
  baseOf: { 's1-orig': 0, 's1-copy1': 0, 's1-para1': 0, 's1-same1': 7, 's2-orig': 0, 's3-orig': 5 },
};

test('scorePairs', async (t) => {
  await t.test('should count a derivation found in either order once, at its better score', () => {
    const best = bestPerPair([
      { a: 's1-copy1', b: 's1-orig', score: 0.9 },
      { a: 's1-orig', b: 's1-copy1', score: 0.4 },
    ]);
    assert.deepEqual([...best.values()], [0.9]);
    const score = scorePairs(best, corpus, 0.5);
    assert.equal(score.found, 1);
    assert.equal(score.precision, 1);
    assert.equal(score.recall, 0.5);
    assert.equal(score.recallByMethod.verbatim, 1);
    assert.equal(score.recallByMethod.paraphrased, 0);
    assert.ok(Number.isNaN(score.recallByMethod.partial));
  });

  await t.test('should drop pairs under the threshold', () => {
    const found = [{ a: 's1-orig', b: 's1-para1', score: 0.3 }];
    assert.equal(scorePairs(found, corpus, 0.3).recall, 0.5);
    assert.equal(scorePairs(found, corpus, 0.31).found, 0);
    assert.equal(scorePairs(found, corpus, 0.31).precision, 1);
  });

  await t.test('should sort false positives into siblings, same story, same base and other', () => {
    const found = [
      { a: 's1-copy1', b: 's1-para1', score: 1 },
      { a: 's1-same1', b: 's1-orig', score: 1 },
      { a: 's1-copy1', b: 's1-same1', score: 1 },
      { a: 's2-orig', b: 's1-orig', score: 1 },
      { a: 's3-orig', b: 's1-orig', score: 1 },
      { a: 's1-orig', b: 's1-copy1', score: 1 },
    ];
    const score = scorePairs(found, corpus, 0.5);
    assert.deepEqual(score.wrong, { siblings: 1, sameStory: 2, sameBase: 1, indirect: 0, other: 1 });
    assert.equal(score.correct, 1);
    assert.equal(score.precision, 1 / 6);
  });
});

// Passage-level reuse: s4 is lifted verbatim into a host written from bases 8 and 9, and lightly edited
// into another; s4 and s5 are compiled; s4's chain goes A → B (paraphrase) → C (light edit of B).
const reuse: CorpusTruth = {
  truth: [
    {
      original: 's4-orig',
      copy: 's4-lift1',
      method: 'lift',
      lifted: { verbatim: true, paragraphs: 2, words: 90 },
    },
    {
      original: 's4-orig',
      copy: 's4-lift2',
      method: 'lift',
      lifted: { verbatim: false, paragraphs: 1, words: 50 },
    },
    { original: 's4-orig', copy: 's4-comp1', method: 'compiled' },
    { original: 's5-orig', copy: 's4-comp1', method: 'compiled' },
    { original: 's4-orig', copy: 's4-chainb1', method: 'paraphrased' },
    { original: 's4-chainb1', copy: 's4-chainc1', method: 'chained' },
  ],
  sameStory: [],
  baseOf: {
    's4-orig': 3,
    's4-lift1': 3,
    's4-lift2': 3,
    's4-comp1': 3,
    's4-chainb1': 3,
    's4-chainc1': 3,
    's5-orig': 6,
  },
  indirect: [{ a: 's4-orig', b: 's4-chainc1', via: 's4-chainb1' }],
  otherBasesOf: { 's4-lift1': [8, 9], 's4-comp1': [6] },
};

test('scorePairs with passage-level reuse', async (t) => {
  await t.test('should count the two ends of a chain as indirect, not correct', () => {
    const score = scorePairs([{ a: 's4-chainc1', b: 's4-orig', score: 1 }], reuse, 0.5);
    assert.equal(score.correct, 0);
    assert.deepEqual(score.wrong, { siblings: 0, sameStory: 0, sameBase: 0, indirect: 1, other: 0 });
    assert.equal(score.recallByMethod.chained, 0);
  });

  await t.test('should give recall of lifts verbatim and edited, compilations and chains', () => {
    const found = [
      { a: 's4-orig', b: 's4-lift1', score: 1 },
      { a: 's5-orig', b: 's4-comp1', score: 1 },
      { a: 's4-chainb1', b: 's4-chainc1', score: 1 },
    ];
    const score = scorePairs(found, reuse, 0.5);
    assert.equal(score.correct, 3);
    const { lift, liftVerbatim, liftEdited, compiled, chained, paraphrased } = score.recallByMethod;
    assert.deepEqual(
      [lift, liftVerbatim, liftEdited, compiled, chained, paraphrased],
      [0.5, 1, 0, 0.5, 1, 0],
    );
    assert.ok(Number.isNaN(score.recallByMethod.verbatim));
  });

  await t.test(
    "should call a compilation's sources' copies siblings and its bases' stories same base",
    () => {
      const found = [
        { a: 's4-comp1', b: 's4-chainb1', score: 1 },
        { a: 's4-chainc1', b: 's4-lift2', score: 1 },
        { a: 's4-lift1', b: 's9-orig', score: 1 },
        { a: 's4-lift1', b: 's5-orig', score: 1 },
      ];
      const score = scorePairs(found, { ...reuse, baseOf: { ...reuse.baseOf, 's9-orig': 9 } }, 0.5);
      assert.deepEqual(score.wrong, { siblings: 2, sameStory: 0, sameBase: 1, indirect: 0, other: 1 });
    },
  );
});

test('bestF1Threshold', async (t) => {
  await t.test('should cut where precision and recall balance best', () => {
    const found = bestPerPair([
      { a: 's1-orig', b: 's1-copy1', score: 0.9 },
      { a: 's2-orig', b: 's1-orig', score: 0.8 },
      { a: 's1-orig', b: 's1-para1', score: 0.7 },
      { a: 's3-orig', b: 's1-orig', score: 0.1 },
    ]);
    // At 0.9: P 1, R 0.5 (F1 0.67); at 0.7: P 0.67, R 1 (F1 0.8); at 0.1: P 0.5, R 1 (F1 0.67).
    assert.equal(bestF1Threshold(found, corpus), 0.7);
    assert.equal(bestF1Threshold(new Map(), corpus), 0);
  });
});
