import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withinWindow } from './time-window.ts';

const at = (id: string, published?: string) => ({ id, meta: published ? { published } : {} });

test('withinWindow', async (t) => {
  const indexed = [
    at('week-before', '2026-03-01T08:00:00Z'),
    at('day-before', '2026-03-07T09:00:00Z'),
    at('undated'),
    at('two-days-after', '2026-03-10T07:00:00Z'),
  ];

  await t.test('should keep the articles published within the window, on either side', () => {
    const kept = withinWindow(indexed, '2026-03-08T08:00:00Z', 3).map((a) => a.id);
    assert.deepEqual(kept, ['day-before', 'undated', 'two-days-after']);
  });

  await t.test('should keep everything when the new article has no date or there is no window', () => {
    assert.equal(withinWindow(indexed, undefined, 3).length, 4);
    assert.equal(withinWindow(indexed, '2026-03-08T08:00:00Z', Number.POSITIVE_INFINITY).length, 4);
  });
});
