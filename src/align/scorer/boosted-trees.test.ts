// Tests for the gradient-boosted trees: learning a threshold rule, determinism, probabilities, and
// the listwise loss (one choice per group).
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

// Groups of three rows: in three groups of four the right row has `cue` = 1, and `near`, set on a
// wrong row of every group, misleads; groups with no cue have no right row ("none" is right).
function groupData(): { x: number[][]; y: number[]; groups: number[] } {
  const rows: number[][] = [];
  const labels: number[] = [];
  const groups: number[] = [];
  for (let g = 0; g < 60; g++) {
    const answered = g % 4 !== 0;
    [
      [answered ? 1 : 0, 0],
      [0, 1],
      [0, 0],
    ].forEach((r, i) => {
      rows.push(r);
      labels.push(answered && i === 0 ? 1 : 0);
      groups.push(g);
    });
  }
  return { x: rows, y: labels, groups };
}

test('fitBoosted, listwise', async (t) => {
  const { x: gx, y: gy, groups } = groupData();
  const options = { rounds: 50, learningRate: 0.3, minLeaf: 2 };
  const model = fitBoosted(['cue', 'near'], gx, gy, { ...options, loss: { kind: 'listwise', groups } });

  await t.test('should rank the right row of a group first, above one half against "none"', () => {
    const [right, near, other] = [
      [1, 0],
      [0, 1],
      [0, 0],
    ].map((r) => predictBoosted(model, r)) as [number, number, number];
    assert.ok(right > 0.5, `right row at ${right}`);
    assert.ok(right > near && right > other);
  });

  await t.test('should keep the rows of a group without a right one under one half', () => {
    for (const r of [
      [0, 1],
      [0, 0],
    ])
      assert.ok(predictBoosted(model, r) < 0.5);
  });

  await t.test('should start from a zero base (the score of "none")', () => {
    const none = fitBoosted(['cue', 'near'], gx, gy, { rounds: 0, loss: { kind: 'listwise', groups } });
    assert.equal(none.base, 0);
  });

  await t.test('should return the same model for the same data and options', () => {
    const again = fitBoosted(['cue', 'near'], gx, gy, { ...options, loss: { kind: 'listwise', groups } });
    assert.deepEqual(again, model);
  });

  await t.test('should fit log loss when no loss is given, as with loss "logistic"', () => {
    const logistic = fitBoosted(features, x, y, { rounds: 20, loss: { kind: 'logistic' } });
    assert.deepEqual(fitBoosted(features, x, y, { rounds: 20 }), logistic);
  });
});
