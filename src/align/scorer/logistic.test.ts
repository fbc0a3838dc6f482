// Tests for the L2-regularised logistic regression: prediction, training, determinism, shrinkage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic, type LogisticModel, predictLogistic } from './logistic.ts';

// One feature, say the share of words a pair shares: low for unrelated pairs, high for rewrites.
const x = [[0], [0.1], [0.2], [0.3], [0.7], [0.8], [0.9], [1]];
const y = [0, 0, 0, 0, 1, 1, 1, 1];

test('predictLogistic', async (t) => {
  await t.test('should standardise the input, then apply weights, bias and the sigmoid', () => {
    const model: LogisticModel = { features: ['overlap'], mean: [1], scale: [2], weights: [2], bias: -0.5 };
    // z = 2 · (3 − 1) / 2 − 0.5 = 1.5
    assert.ok(Math.abs(predictLogistic(model, [3]) - 1 / (1 + Math.exp(-1.5))) < 1e-12);
  });

  await t.test('should give 0.5 at the mean when the bias is 0', () => {
    const model: LogisticModel = {
      features: ['a', 'b'],
      mean: [1, 2],
      scale: [1, 1],
      weights: [3, -4],
      bias: 0,
    };
    assert.equal(predictLogistic(model, [1, 2]), 0.5);
  });
});

test('fitLogistic', async (t) => {
  await t.test('should learn a separable one-feature problem', () => {
    const model = fitLogistic(['overlap'], x, y);
    x.forEach((row, i) => {
      const p = predictLogistic(model, row);
      if (y[i] === 1) assert.ok(p > 0.5, `row ${row}: ${p}`);
      else assert.ok(p < 0.5, `row ${row}: ${p}`);
    });
    assert.ok((model.weights[0] as number) > 0);
    assert.ok(predictLogistic(model, [0.05]) < predictLogistic(model, [0.95]));
  });

  await t.test('should learn a negative weight when the label falls as the feature rises', () => {
    const model = fitLogistic(
      ['overlap'],
      x,
      y.map((v) => 1 - v),
    );
    assert.ok((model.weights[0] as number) < 0);
    assert.ok(predictLogistic(model, [0]) > 0.5);
    assert.ok(predictLogistic(model, [1]) < 0.5);
  });

  await t.test('should return the same model for the same data', () => {
    assert.deepEqual(fitLogistic(['overlap'], x, y), fitLogistic(['overlap'], x, y));
  });

  await t.test('should shrink the weight as the l2 penalty grows', () => {
    const weight = (l2: number) => Math.abs(fitLogistic(['overlap'], x, y, { l2 }).weights[0] as number);
    assert.ok(weight(10) < weight(1));
    assert.ok(weight(100) < weight(10));
    assert.ok(weight(100) > 0);
  });

  await t.test('should record the features, mean and standard deviation it standardised with', () => {
    const model = fitLogistic(
      ['overlap', 'length'],
      [
        [0, 2],
        [1, 4],
      ],
      [0, 1],
    );
    assert.deepEqual(model.features, ['overlap', 'length']);
    assert.deepEqual(model.mean, [0.5, 3]);
    assert.deepEqual(model.scale, [0.5, 1]);
  });

  await t.test('should give a constant feature scale 1 and no weight instead of dividing by zero', () => {
    const model = fitLogistic(['constant'], [[2], [2], [2], [2]], [1, 1, 1, 0]);
    assert.deepEqual(model.scale, [1]);
    assert.equal(model.weights[0], 0);
    assert.ok(Number.isFinite(model.bias));
  });

  await t.test('should leave the bias unpenalised, so it learns the base rate', () => {
    // three positives in four with an uninformative feature: P = 3/4 even under a heavy penalty
    const model = fitLogistic(['constant'], [[2], [2], [2], [2]], [1, 1, 1, 0], { l2: 1000 });
    assert.ok(Math.abs(predictLogistic(model, [2]) - 0.75) < 1e-6);
  });
});
