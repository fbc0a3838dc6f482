// Tests for the gradient-boosted trees: learning a threshold rule, determinism, probabilities.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitBoosted, predictBoosted } from './boosted-trees.ts';

// 100 rows: x0 runs 0.00 … 0.99 and decides the label (x0 > 0.3); x1 is a scrambled distractor.
const x = Array.from({ length: 100 }, (_, i) => [i / 100, ((i * 37) % 100) / 100]);
const y = x.map(([x0]) => ((x0 as number) > 0.3 ? 1 : 0));
const features = ['overlap', 'distractor'];

test('fitBoosted', async (t) => {
  const model = fitBoosted(features, x, y, { rounds: 100 });

  await t.test('should learn a threshold rule to near-perfect training accuracy', () => {
    const correct = x.filter((row, i) => (predictBoosted(model, row) > 0.5 ? 1 : 0) === y[i]).length;
    assert.ok(correct >= 98, `${correct} of 100 correct`);
  });

  await t.test('should split the first tree on the deciding feature near its threshold', () => {
    const first = model.trees[0];
    assert.ok(first);
    assert.equal(first.feature[0], 0);
    assert.ok(Math.abs((first.threshold[0] as number) - 0.3) <= 0.02, `threshold ${first.threshold[0]}`);
  });

  await t.test('should apply the rule to values it was not trained on', () => {
    assert.ok(predictBoosted(model, [0.105, 0.5]) < 0.5);
    assert.ok(predictBoosted(model, [0.905, 0.5]) > 0.5);
  });

  await t.test('should return the same model for the same data and options', () => {
    assert.deepEqual(fitBoosted(features, x, y, { rounds: 100 }), model);
  });

  await t.test('should give probabilities strictly between 0 and 1', () => {
    for (const row of [...x, [-5, -5], [5, 5]]) {
      const p = predictBoosted(model, row);
      assert.ok(p > 0 && p < 1, `row ${row}: ${p}`);
    }
  });

  await t.test('should grow more confident with more rounds', () => {
    const few = fitBoosted(features, x, y, { rounds: 10 });
    assert.ok(predictBoosted(model, [0.9, 0.5]) > predictBoosted(few, [0.9, 0.5]));
    assert.ok(predictBoosted(model, [0.1, 0.5]) < predictBoosted(few, [0.1, 0.5]));
  });

  await t.test(
    'should start from the smoothed base rate, so no trees predict (positives + 1) / (n + 2)',
    () => {
      const none = fitBoosted(features, x, y, { rounds: 0 });
      assert.equal(none.trees.length, 0);
      // 69 positives in 100 rows
      assert.ok(Math.abs(predictBoosted(none, [0.5, 0.5]) - 70 / 102) < 1e-12);
    },
  );

  await t.test('should not split a node with fewer than twice minLeaf rows', () => {
    const small = fitBoosted(features, x.slice(0, 39), y.slice(0, 39), { rounds: 5, minLeaf: 20 });
    for (const tree of small.trees) assert.deepEqual(tree.feature, [-1]);
    assert.equal(predictBoosted(small, [0, 0]), predictBoosted(small, [0.38, 0.9]));
  });

  await t.test('should keep trees within the requested depth', () => {
    const stumps = fitBoosted(features, x, y, { rounds: 5, depth: 1 });
    for (const tree of stumps.trees) assert.ok(tree.feature.length <= 3);
  });
});
