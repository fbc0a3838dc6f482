// Tests for the sentence-pair features the trained scorer weighs, on invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textFeatures } from '../../represent/text-features.ts';
import { type FeatureName, featureNames, pairFeatures } from './pair-features.ts';

/** The features of two texts as a record by name. */
function featuresOf(a: string, b: string): Record<FeatureName, number> {
  const values = pairFeatures(textFeatures(a), textFeatures(b));
  return Object.fromEntries(featureNames.map((name, i) => [name, values[i]])) as Record<FeatureName, number>;
}

const ferry = 'The Lindenfield ferry carried 40 passengers across the bay on Monday.';

test('pairFeatures', async (t) => {
  await t.test('should return one value per feature name', () => {
    const values = pairFeatures(textFeatures(ferry), textFeatures('Ada Quill opened Marrow Bridge.'));
    assert.equal(values.length, featureNames.length);
    assert.equal(new Set(featureNames).size, featureNames.length);
    for (const v of values) assert.ok(Number.isFinite(v));
  });

  await t.test('should give wordDice 1 and editRate 0 for identical sentences', () => {
    const f = featuresOf(ferry, ferry);
    assert.equal(f.wordDice, 1);
    assert.equal(f.editRate, 0);
    assert.equal(f.lengthRatio, 1);
    assert.equal(f.numbersDiffer, 0);
    assert.equal(f.negationDiffers, 0);
  });

  await t.test('should score a WordNet synonym higher on wordnetDice than on termDice', () => {
    const f = featuresOf('The council purchased the old depot.', 'The council bought the old depot.');
    assert.ok(f.wordnetDice > f.termDice, `wordnetDice ${f.wordnetDice}, termDice ${f.termDice}`);
    assert.equal(f.wordnetDice, 1);
    assert.ok(f.wordDice < 1);
  });

  await t.test('should set numbersDiffer to 1 when the numbers differ', () => {
    const f = featuresOf(ferry, 'The Lindenfield ferry carried 45 passengers across the bay on Monday.');
    assert.equal(f.numbersDiffer, 1);
    assert.equal(f.numbersDice, 0);
    assert.equal(f.extraNumbers, 2);
  });

  await t.test('should set numbersDiffer to 0 when both state the same numbers', () => {
    const f = featuresOf(ferry, 'On Monday the Lindenfield ferry took 40 passengers across the bay.');
    assert.equal(f.numbersDiffer, 0);
    assert.equal(f.numbersDice, 1);
    assert.equal(f.extraNumbers, 0);
  });

  await t.test('should set negationDiffers to 1 when only one side is negated', () => {
    const f = featuresOf('Ada Quill will open Marrow Bridge.', 'Ada Quill will not open Marrow Bridge.');
    assert.equal(f.negationDiffers, 1);
  });

  await t.test('should set negationDiffers to 0 when both sides are negated', () => {
    const f = featuresOf('Ada Quill did not open Marrow Bridge.', 'Ada Quill never opened Marrow Bridge.');
    assert.equal(f.negationDiffers, 0);
  });

  await t.test('should score a close rewrite above an unrelated sentence about the same place', () => {
    const rewrite = featuresOf(ferry, 'On Monday the Lindenfield ferry took 40 passengers across the bay.');
    const unrelated = featuresOf(ferry, 'Lindenfield bakers sold apricot pies at the harvest fair.');
    for (const name of ['wordDice', 'termDice', 'wordnetDice', 'meteor', 'bleu', 'sif'] as const) {
      assert.ok(rewrite[name] > unrelated[name], name);
    }
    assert.ok(rewrite.editRate < unrelated.editRate);
    assert.ok(rewrite.unmatchedTermsMax < unrelated.unmatchedTermsMax);
  });

  await t.test('should give 0 for the encoder cosine when the sentences have no encoder vectors', () => {
    assert.equal(featuresOf(ferry, ferry).use, 0);
  });

  await t.test('should give the same features whichever sentence comes first', () => {
    const a = textFeatures(ferry);
    const b = textFeatures('Lindenfield bakers sold 40 apricot pies at the harvest fair.');
    assert.deepEqual(pairFeatures(a, b), pairFeatures(b, a));
  });
});
