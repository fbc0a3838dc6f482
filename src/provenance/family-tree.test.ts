// Tests for familyTree and pathBetween: a family of derived articles arranged from its original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familyTree, pathBetween, type Strength, type TreeEdge } from './family-tree.ts';

/** A symmetric strength from a table keyed "x-y"; pairs not listed are not tied (0). */
const ties =
  (table: Record<string, number>): Strength =>
  (x, y) =>
    table[`${x}-${y}`] ?? table[`${y}-${x}`] ?? 0;

const parents = (edges: TreeEdge[]) => Object.fromEntries(edges.map((e) => [e.child, e.parent]));

test('familyTree', async (t) => {
  await t.test(
    'should hang two copies from the root when each is tied more to the root than to the other',
    () => {
      const edges = familyTree(
        ['herald', 'post', 'gazette'],
        'herald',
        ties({ 'herald-post': 0.9, 'herald-gazette': 0.85, 'post-gazette': 0.6 }),
      );
      assert.deepEqual(parents(edges), { post: 'herald', gazette: 'herald' });
    },
  );

  await t.test('should hang a copy of a copy under the copy it was taken from', () => {
    const edges = familyTree(
      ['herald', 'post', 'gazette'],
      'herald',
      ties({ 'herald-post': 0.9, 'post-gazette': 0.9, 'herald-gazette': 0.5 }),
    );
    assert.deepEqual(edges, [
      { parent: 'herald', child: 'post' },
      { parent: 'post', child: 'gazette' },
    ]);
  });

  await t.test('should add the most strongly tied member first', () => {
    const edges = familyTree(
      ['herald', 'post', 'gazette'],
      'herald',
      ties({ 'herald-post': 0.4, 'herald-gazette': 0.8, 'post-gazette': 0.3 }),
    );
    assert.deepEqual(
      edges.map((e) => e.child),
      ['gazette', 'post'],
    );
  });

  await t.test('should give a near tie to the member nearer the root', () => {
    const table = { 'herald-post': 0.9, 'herald-gazette': 0.86, 'post-gazette': 0.88 };
    const edges = familyTree(['herald', 'post', 'gazette'], 'herald', ties(table));
    assert.deepEqual(parents(edges), { post: 'herald', gazette: 'herald' });
    // Without tolerance the same ties make a chain, so the tolerance is what decided.
    assert.deepEqual(parents(familyTree(['herald', 'post', 'gazette'], 'herald', ties(table), 0)), {
      post: 'herald',
      gazette: 'post',
    });
  });

  await t.test('should leave out a member tied to no one', () => {
    const edges = familyTree(['herald', 'post', 'loner'], 'herald', ties({ 'herald-post': 0.9 }));
    assert.deepEqual(edges, [{ parent: 'herald', child: 'post' }]);
  });

  await t.test('should return no edges for a family of one', () => {
    assert.deepEqual(familyTree(['herald'], 'herald', ties({})), []);
  });
});

test('pathBetween', async (t) => {
  // herald → post → gazette, herald → courier, post → tribune
  const tree: TreeEdge[] = [
    { parent: 'herald', child: 'post' },
    { parent: 'post', child: 'gazette' },
    { parent: 'herald', child: 'courier' },
    { parent: 'post', child: 'tribune' },
  ];

  await t.test('should return the parent between two siblings', () => {
    assert.deepEqual(pathBetween(tree, 'post', 'courier'), ['herald']);
    assert.deepEqual(pathBetween(tree, 'gazette', 'tribune'), ['post']);
  });

  await t.test('should return nothing between a parent and its child, either way round', () => {
    assert.deepEqual(pathBetween(tree, 'herald', 'post'), []);
    assert.deepEqual(pathBetween(tree, 'gazette', 'post'), []);
  });

  await t.test('should return the middle of a chain', () => {
    assert.deepEqual(pathBetween(tree, 'herald', 'gazette'), ['post']);
    assert.deepEqual(pathBetween(tree, 'gazette', 'herald'), ['post']);
  });

  await t.test('should return the path through the common ancestor in order', () => {
    assert.deepEqual(pathBetween(tree, 'gazette', 'courier'), ['post', 'herald']);
    assert.deepEqual(pathBetween(tree, 'courier', 'gazette'), ['herald', 'post']);
  });

  await t.test('should return nothing for members on different trees', () => {
    assert.deepEqual(pathBetween(tree, 'gazette', 'stranger'), []);
  });
});
