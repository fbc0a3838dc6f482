// Tests for the verdict's passage rules: taken passages as evidence, the scope of a derivation and the pair's method.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairMeasures, SideMeasures, TakenPassage } from './types.ts';
import {
  derivedProbability,
  evidentPassages,
  methodOfShares,
  passageProbability,
  relationOf,
  scopeOf,
  wholeProbability,
} from './verdict.ts';

const side = (overrides: Partial<SideMeasures> = {}): SideMeasures => ({
  words: 400,
  coverage: 0.1,
  narrativeEvidence: 0,
  factShare: 0,
  ...overrides,
});

/** A lifted passage of 30 narrative words keeping its two anchored links' names and numbers. */
const passage = (overrides: Partial<TakenPassage> = {}): TakenPassage => ({
  a: [2, 4],
  b: [5, 7],
  aWords: 60,
  bWords: 58,
  aParagraphs: 2,
  bParagraphs: 2,
  methods: { verbatim: 1, edited: 0, paraphrased: 0 },
  words: 30,
  anchorLinks: 2,
  anchorOverlap: 1,
  ...overrides,
});

/** Measures of two articles sharing little but what is overridden: no narrative links, no passages. */
const measures = (overrides: Partial<PairMeasures> = {}): PairMeasures => ({
  a: side(),
  b: side(),
  cosine: 0.2,
  narrativeLinks: 0,
  strongLinks: 0,
  linksInRuns: 0,
  inOrder: 1,
  anchorAgreement: 1,
  anchorLinks: 0,
  anchorOverlap: 1,
  meanScore: 0.8,
  methods: { verbatim: 0, edited: 0, paraphrased: 0 },
  taken: [],
  ...overrides,
});

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

test('passageProbability', async (t) => {
  await t.test('should be 0 without a taken passage', () => {
    assert.equal(passageProbability(measures()), 0);
    assert.equal(derivedProbability(measures()), 0);
  });

  await t.test('should be about 0.88 for a passage of 30 words keeping its anchors', () => {
    const m = measures({ taken: [passage()] });
    const p = passageProbability(m);
    assert.ok(p > 0.85 && p < 0.9, `got ${p}`);
    assert.equal(derivedProbability(m), p);
    assert.equal(relationOf(m), 'derived');
  });

  await t.test('should rise with the words of the evident passages', () => {
    const m = measures({ taken: [passage({ words: 15 }), passage({ words: 25 })] });
    assert.ok(Math.abs(passageProbability(m) - logistic(4)) < 1e-12);
  });

  await t.test('should not count a passage whose anchors overlap under 0.8', () => {
    const m = measures({ taken: [passage({ anchorOverlap: 0.6 })] });
    assert.deepEqual(evidentPassages(m, m.taken), []);
    assert.equal(passageProbability(m), 0);
    assert.notEqual(relationOf(m), 'derived');
    const kept = passage({ anchorOverlap: 0.8 });
    assert.deepEqual(evidentPassages(m, [kept, passage({ anchorOverlap: 0.6 })]), [kept]);
  });

  await t.test('should count a passage stating no anchors only between reports of one story', () => {
    const plain = passage({ anchorLinks: 0, anchorOverlap: 1 });
    assert.equal(passageProbability(measures({ cosine: 0.3, taken: [plain] })), 0);
    const p = passageProbability(measures({ cosine: 0.5, taken: [plain] }));
    assert.ok(p > 0.85 && p < 0.9, `got ${p}`);
  });

  await t.test(
    'should not count a passage stating no anchors between reports that look like a template',
    () => {
      const plain = passage({ anchorLinks: 0, anchorOverlap: 1 });
      const template = measures({ cosine: 0.6, anchorLinks: 2, anchorOverlap: 0.5, taken: [plain] });
      assert.equal(passageProbability(template), 0);
      // One anchored link is too few to call a template.
      const single = measures({ cosine: 0.6, anchorLinks: 1, anchorOverlap: 0.5, taken: [plain] });
      assert.ok(passageProbability(single) > 0.85);
    },
  );

  await t.test('should be 0 when the pair’s anchors disagree', () => {
    const m = measures({ anchorLinks: 3, anchorAgreement: 0.4, anchorOverlap: 1, taken: [passage()] });
    assert.deepEqual(evidentPassages(m, m.taken), []);
    assert.equal(passageProbability(m), 0);
    // Two anchored links are too few to disagree.
    assert.ok(
      passageProbability(measures({ anchorLinks: 2, anchorAgreement: 0.4, taken: [passage()] })) > 0.85,
    );
  });
});

test('scopeOf', async (t) => {
  const m = measures({
    narrativeLinks: 3,
    a: side({ narrativeEvidence: 0.4 }),
    b: side({ narrativeEvidence: 0.1 }),
  });

  await t.test('should be whole when the copy’s own narrative is mostly carried over', () => {
    assert.equal(scopeOf(m, 'a'), 'whole');
  });

  await t.test('should be partial when only the other side’s narrative is carried over', () => {
    assert.equal(scopeOf(m, 'b'), 'partial');
  });

  await t.test('should be partial with fewer than 3 narrative links', () => {
    assert.equal(scopeOf({ ...m, narrativeLinks: 2 }, 'a'), 'partial');
  });
});

test('derivedProbability', async (t) => {
  await t.test('should take the whole-article rule on the larger side', () => {
    const m = measures({
      narrativeLinks: 3,
      a: side({ narrativeEvidence: 0.1 }),
      b: side({ narrativeEvidence: 0.4 }),
    });
    assert.ok(Math.abs(wholeProbability(m) - logistic(3)) < 1e-12);
    assert.equal(derivedProbability(m), wholeProbability(m));
  });

  await t.test('should take the larger of the whole and passage rules', () => {
    const m = measures({ narrativeLinks: 3, a: side({ narrativeEvidence: 0.2 }), taken: [passage()] });
    assert.ok(wholeProbability(m) < passageProbability(m));
    assert.equal(derivedProbability(m), passageProbability(m));
  });
});

test('methodOfShares', async (t) => {
  await t.test('should be verbatim from 90% verbatim words', () => {
    assert.equal(methodOfShares({ verbatim: 0.9, edited: 0.1, paraphrased: 0 }), 'verbatim');
    assert.equal(methodOfShares({ verbatim: 0.89, edited: 0.11, paraphrased: 0 }), 'edited');
  });

  await t.test('should be edited when verbatim and edited words are at least half', () => {
    assert.equal(methodOfShares({ verbatim: 0.6, edited: 0.2, paraphrased: 0.2 }), 'edited');
    assert.equal(methodOfShares({ verbatim: 0.3, edited: 0.2, paraphrased: 0.5 }), 'edited');
  });

  await t.test('should be paraphrased otherwise', () => {
    assert.equal(methodOfShares({ verbatim: 0.3, edited: 0.19, paraphrased: 0.51 }), 'paraphrased');
    assert.equal(methodOfShares({ verbatim: 0, edited: 0, paraphrased: 0 }), 'paraphrased');
  });
});
