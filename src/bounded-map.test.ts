import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setBounded } from './bounded-map.ts';

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
