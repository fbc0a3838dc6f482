import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy, f1, pearson, spearman } from './metrics.ts';

test('metrics', async (t) => {
  await t.test('should count accuracy and F1 of the positive class', () => {
    const predicted = [true, true, false, false];
    const labels = [1, 0, 1, 0];
    assert.equal(accuracy(predicted, labels), 0.5);
    assert.equal(f1(predicted, labels), 0.5);
  });
  await t.test('should give Pearson 1 for a linear relation and Spearman 1 for a monotone one', () => {
    assert.ok(Math.abs(pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12);
    assert.ok(pearson([1, 2, 3], [1, 4, 27]) < 1);
    assert.ok(Math.abs(spearman([1, 2, 3], [1, 4, 27]) - 1) < 1e-12);
  });
  await t.test('should give tied values their mean rank', () => {
    assert.ok(Math.abs(spearman([1, 1, 2], [1, 2, 3]) - 0.8660254) < 1e-6);
  });
});
