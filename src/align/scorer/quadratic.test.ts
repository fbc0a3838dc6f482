// Tests for logistic regression on features and their pairwise products.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic, predictLogistic } from './logistic.ts';
import { expandQuadratic, fitQuadratic, predictQuadratic } from './quadratic.ts';

// Points around the origin; the label is 1 when both coordinates have the same sign (XOR-like).
const steps = [-1.5, -1, -0.5, 0.5, 1, 1.5];
const x = steps.flatMap((a) => steps.map((b) => [a, b]));
const y = x.map(([a, b]) => ((a as number) * (b as number) > 0 ? 1 : 0));

const accuracy = (predict: (row: number[]) => number) =>
  x.filter((row, i) => (predict(row) > 0.5 ? 1 : 0) === y[i]).length / x.length;

test('expandQuadratic', async (t) => {
  await t.test('should return d + d(d+1)/2 values', () => {
    for (const d of [1, 2, 3, 5]) {
      const ones = new Array<number>(d).fill(1);
      const zeros = new Array<number>(d).fill(0);
      assert.equal(expandQuadratic(ones, zeros, ones).length, d + (d * (d + 1)) / 2, `d = ${d}`);
    }
  });

  await t.test('should standardise first, then append every product z_i·z_j with i ≤ j', () => {
    // z = [(3 − 1) / 2, (5 − 2) / 1] = [1, 3]
    assert.deepEqual(expandQuadratic([3, 5], [1, 2], [2, 1]), [1, 3, 1, 3, 9]);
  });

  await t.test('should return nothing for no features', () => {
    assert.deepEqual(expandQuadratic([], [], []), []);
  });
});

test('fitQuadratic', async (t) => {
  await t.test('should learn an XOR-like problem that a plain logistic model cannot', () => {
    const quadratic = fitQuadratic(['x1', 'x2'], x, y);
    const linear = fitLogistic(['x1', 'x2'], x, y);
    const quadraticAccuracy = accuracy((row) => predictQuadratic(quadratic, row));
    const linearAccuracy = accuracy((row) => predictLogistic(linear, row));
    assert.equal(quadraticAccuracy, 1);
    assert.ok(linearAccuracy <= 0.6, `linear accuracy ${linearAccuracy}`);
  });

  await t.test('should generalise the rule to points it was not trained on', () => {
    const model = fitQuadratic(['x1', 'x2'], x, y);
    assert.ok(predictQuadratic(model, [0.75, 1.25]) > 0.5);
    assert.ok(predictQuadratic(model, [-0.75, -1.25]) > 0.5);
    assert.ok(predictQuadratic(model, [0.75, -1.25]) < 0.5);
    assert.ok(predictQuadratic(model, [-0.75, 1.25]) < 0.5);
  });

  await t.test('should name the expanded features after the products', () => {
    const model = fitQuadratic(['x1', 'x2'], x, y);
    assert.deepEqual(model.logistic.features, ['x1', 'x2', 'x1*x1', 'x1*x2', 'x2*x2']);
    assert.equal(model.logistic.weights.length, 5);
  });

  await t.test('should return the same model for the same data', () => {
    assert.deepEqual(fitQuadratic(['x1', 'x2'], x, y), fitQuadratic(['x1', 'x2'], x, y));
  });

  await t.test('should shrink the weights as the l2 penalty grows', () => {
    const weight = (l2: number) => {
      const w = fitQuadratic(['x1', 'x2'], x, y, l2).logistic.weights;
      return Math.abs(w[3] as number);
    };
    assert.ok(weight(300) < weight(30));
  });
});
