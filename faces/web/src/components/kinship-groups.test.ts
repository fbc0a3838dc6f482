import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupKinships } from './kinship-groups.ts';

test('should gather copies of one source into one group of siblings', () => {
  const groups = groupKinships([
    { a: 'ferry-b', b: 'ferry-c', relation: 'siblings', via: ['ferry-a'] },
    { a: 'ferry-b', b: 'ferry-d', relation: 'siblings', via: ['ferry-a'] },
    { a: 'ferry-c', b: 'ferry-d', relation: 'siblings', via: ['ferry-a'] },
    { a: 'ferry-a', b: 'ferry-e', relation: 'indirect', via: ['ferry-d'] },
  ]);
  assert.deepEqual(groups, [
    { relation: 'siblings', via: ['ferry-a'], members: ['ferry-b', 'ferry-c', 'ferry-d'] },
    { relation: 'indirect', via: ['ferry-d'], members: ['ferry-a', 'ferry-e'] },
  ]);
});
