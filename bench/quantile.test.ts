// Tests for the benchmarks' nearest-rank quantile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantile } from './quantile.ts';

test('quantile', async (t) => {
  await t.test('should take the nearest rank of the values sorted, whatever their order', () => {
    assert.equal(quantile([30, 10, 20], 0.5), 20);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.equal(quantile(hundred, 0.95), 96);
    assert.equal(quantile(hundred, 1), 100);
  });

  await t.test('should leave the values as they were and give NaN for none', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    assert.deepEqual(xs, [3, 1, 2]);
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });
});
