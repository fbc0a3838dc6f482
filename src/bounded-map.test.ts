import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recentlyUsed, setBounded } from './bounded-map.ts';

test('setBounded', async (t) => {
  await t.test('should keep entries until the map is full, then start afresh with the new one', () => {
    const map = new Map<string, number>();
    setBounded(map, 'a', 1, 2);
    setBounded(map, 'b', 2, 2);
    assert.deepEqual(
      [...map],
      [
        ['a', 1],
        ['b', 2],
      ],
    );
    setBounded(map, 'c', 3, 2);
    assert.deepEqual([...map], [['c', 3]]);
  });
});

test('recentlyUsed', async (t) => {
  await t.test('should forget the entry used least recently, a read counting as a use', () => {
    const cache = recentlyUsed<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1);
    cache.set('c', 3);
    assert.deepEqual(
      ['a', 'b', 'c'].map((k) => cache.get(k)),
      [1, undefined, 3],
    );
  });
});
