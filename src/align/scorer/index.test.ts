// Tests for scorePair: graded similarity, paraphrase probability and verdict, and reasons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textFeatures } from '../../represent/text-features.ts';
import { scorePair } from './index.ts';
import { bundledModel, paraphraseProbability } from './model.ts';
import { pairFeatures } from './pair-features.ts';

const ferry = textFeatures('The Lindenfield ferry carried 40 passengers across the bay on Monday.');
const rewrite = textFeatures('On Monday the Lindenfield ferry took 40 passengers across the bay.');
const bakers = textFeatures('Lindenfield bakers sold apricot pies at the harvest fair.');
const moreRiders = textFeatures('The Lindenfield ferry carried 45 passengers across the bay on Monday.');

/** A unit vector standing in for a sentence-encoder vector. */
const unit = (i: number) => Array.from({ length: 8 }, (_, j) => (j === i ? 1 : 0));

test('scorePair', async (t) => {
  await t.test('should score a close rewrite above an unrelated sentence about the same place', () => {
    const close = scorePair(ferry, rewrite);
    const far = scorePair(ferry, bakers);
    assert.ok(close.score > far.score, `score ${close.score} vs ${far.score}`);
    assert.ok(close.probability > far.probability, `probability ${close.probability} vs ${far.probability}`);
    assert.equal(close.paraphrase, true);
    assert.equal(far.paraphrase, false);
  });

  await t.test('should keep score and probability between 0 and 1', () => {
    for (const [a, b] of [
      [ferry, ferry],
      [ferry, rewrite],
      [ferry, bakers],
      [ferry, moreRiders],
    ] as const) {
      const { score, probability } = scorePair(a, b);
      assert.ok(score >= 0 && score <= 1, `score ${score}`);
      assert.ok(probability >= 0 && probability <= 1, `probability ${probability}`);
    }
  });

  await t.test(
    "should call a pair a paraphrase exactly when its probability reaches the model's threshold",
    () => {
      const { threshold } = bundledModel();
      for (const [a, b] of [
        [ferry, rewrite],
        [ferry, bakers],
        [ferry, moreRiders],
      ] as const) {
        const result = scorePair(a, b);
        assert.equal(result.paraphrase, result.probability >= threshold);
      }
    },
  );

  await t.test('should follow the threshold of the model it is given', () => {
    const close = scorePair(ferry, rewrite);
    const strict = scorePair(ferry, rewrite, { ...bundledModel(), threshold: close.probability + 1e-9 });
    assert.equal(strict.probability, close.probability);
    assert.equal(strict.paraphrase, false);
    const lenient = scorePair(ferry, bakers, { ...bundledModel(), threshold: 0 });
    assert.equal(lenient.paraphrase, true);
    const exact = scorePair(ferry, rewrite, { ...bundledModel(), threshold: close.probability });
    assert.equal(exact.paraphrase, true);
  });

  await t.test('should mention differing numbers in its reasons', () => {
    const { reasons } = scorePair(ferry, moreRiders);
    assert.ok(
      reasons.some((r) => /numbers differ: 40 vs 45/.test(r)),
      reasons.join('; '),
    );
  });

  await t.test('should not mention numbers when both state the same ones', () => {
    const { reasons } = scorePair(ferry, rewrite);
    assert.ok(!reasons.some((r) => r.includes('numbers differ')), reasons.join('; '));
  });

  await t.test('should name a synonym it matched and a negation on one side', () => {
    const bought = scorePair(
      textFeatures('The council purchased the old depot.'),
      textFeatures('The council bought the old depot.'),
    );
    assert.ok(bought.reasons.includes('synonyms: purchased ~ bought'), bought.reasons.join('; '));
    const negated = scorePair(
      textFeatures('Ada Quill will open Marrow Bridge.'),
      textFeatures('Ada Quill will not open Marrow Bridge.'),
    );
    assert.ok(negated.reasons.includes('a negation on one side only'), negated.reasons.join('; '));
  });

  await t.test('should use the GloVe variant when a sentence lacks an encoder vector', () => {
    const model = bundledModel();
    const result = scorePair({ ...ferry, use: unit(0) }, rewrite);
    assert.equal(result.probability, paraphraseProbability(model.glove, pairFeatures(ferry, rewrite)));
    assert.notEqual(result.probability, paraphraseProbability(model.use, pairFeatures(ferry, rewrite)));
    assert.match(result.reasons.at(-1) as string, /\(GloVe SIF\)$/);
  });

  await t.test('should use the encoder variant when both sentences have encoder vectors', () => {
    const model = bundledModel();
    const a = { ...ferry, use: unit(0) };
    const b = { ...rewrite, use: unit(0) };
    const result = scorePair(a, b);
    assert.equal(result.probability, paraphraseProbability(model.use, pairFeatures(a, b)));
    assert.notEqual(result.probability, paraphraseProbability(model.glove, pairFeatures(a, b)));
    assert.match(result.reasons.at(-1) as string, /\(sentence encoder\)$/);
  });
});
