// Tests for familySkeleton and pathBetween: which derived pairs of a family are direct, which share text through a third.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familySkeleton, type Pair, pathBetween } from './skeleton.ts';

/** A symmetric strength from a table keyed "x-y"; pairs not listed have strength 0. */
const strengths =
  (table: Record<string, number>) =>
  (x: string, y: string): number =>
    table[`${x}-${y}`] ?? table[`${y}-${x}`] ?? 0;

/** An `explains` test from a list of "x-y:z" (x and y share their text through z), either way round. */
const sharesThrough =
  (facts: string[]) =>
  (x: string, y: string, z: string): boolean =>
    facts.includes(`${x}-${y}:${z}`) || facts.includes(`${y}-${x}:${z}`);

/** Any pair shares its text through any third member. */
const always = () => true;

/** Pairs as sorted "x-y" keys, to compare edge lists whatever their order. */
const keys = (pairs: Pair[]) => pairs.map(([x, y]) => (x < y ? `${x}-${y}` : `${y}-${x}`)).sort();

test('familySkeleton', async (t) => {
  await t.test('should set aside the pair of two copies of one source as explained through it', () => {
    const pairs: Pair[] = [
      ['wire', 'herald'],
      ['wire', 'post'],
      ['herald', 'post'],
    ];
    const strength = strengths({ 'wire-herald': 0.8, 'wire-post': 0.7, 'herald-post': 0.5 });
    const skeleton = familySkeleton(pairs, strength, sharesThrough(['herald-post:wire']), [
      'wire',
      'herald',
      'post',
    ]);
    assert.deepEqual(skeleton.explained, [{ a: 'herald', b: 'post', through: 'wire' }]);
    assert.deepEqual(skeleton.edges, [
      ['wire', 'herald'],
      ['wire', 'post'],
    ]);
  });

  await t.test('should set aside the two ends of a chain as explained through its middle', () => {
    const pairs: Pair[] = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ];
    const strength = strengths({ 'a-b': 0.8, 'b-c': 0.7, 'a-c': 0.4 });
    const skeleton = familySkeleton(pairs, strength, sharesThrough(['a-c:b']), ['a', 'b', 'c']);
    assert.deepEqual(skeleton.explained, [{ a: 'a', b: 'c', through: 'b' }]);
    assert.deepEqual(keys(skeleton.edges), ['a-b', 'b-c']);
  });

  await t.test('should keep both edges of a compilation whose two sources are not a pair', () => {
    const pairs: Pair[] = [
      ['a', 'c'],
      ['b', 'c'],
    ];
    const strength = strengths({ 'a-c': 0.5, 'b-c': 0.5 });
    const skeleton = familySkeleton(pairs, strength, always, ['a', 'b', 'c']);
    assert.deepEqual(skeleton.explained, []);
    assert.deepEqual(skeleton.edges, pairs);
  });

  await t.test('should set aside the weaker of two pairs that could each be explained', () => {
    const pairs: Pair[] = [
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'b'],
    ];
    const explains = sharesThrough(['b-c:a', 'a-c:b']);
    const order = ['a', 'b', 'c'];
    const weakBC = familySkeleton(pairs, strengths({ 'a-b': 0.9, 'b-c': 0.3, 'a-c': 0.6 }), explains, order);
    assert.deepEqual(weakBC.explained, [{ a: 'b', b: 'c', through: 'a' }]);
    assert.deepEqual(keys(weakBC.edges), ['a-b', 'a-c']);
    const weakAC = familySkeleton(pairs, strengths({ 'a-b': 0.9, 'b-c': 0.6, 'a-c': 0.3 }), explains, order);
    assert.deepEqual(weakAC.explained, [{ a: 'a', b: 'c', through: 'b' }]);
    assert.deepEqual(keys(weakAC.edges), ['a-b', 'b-c']);
  });

  await t.test('should keep a member tied to the one earlier in order on a near tie', () => {
    // verbatim is a word-for-word copy of wire; post ties with the two within 0.05. Weakest first
    // alone would set aside wire–post through verbatim; the near tie keeps post with wire instead.
    const pairs: Pair[] = [
      ['wire', 'verbatim'],
      ['wire', 'post'],
      ['verbatim', 'post'],
    ];
    const order = ['wire', 'verbatim', 'post'];
    const near = strengths({ 'wire-verbatim': 0.9, 'wire-post': 0.5, 'verbatim-post': 0.52 });
    const skeleton = familySkeleton(pairs, near, always, order);
    assert.deepEqual(skeleton.explained, [{ a: 'verbatim', b: 'post', through: 'wire' }]);
    assert.deepEqual(keys(skeleton.edges), ['post-wire', 'verbatim-wire']);
  });

  await t.test('should let the stronger tie win when the two are more than 0.05 apart', () => {
    const pairs: Pair[] = [
      ['wire', 'verbatim'],
      ['wire', 'post'],
      ['verbatim', 'post'],
    ];
    const order = ['wire', 'verbatim', 'post'];
    const apart = strengths({ 'wire-verbatim': 0.9, 'wire-post': 0.4, 'verbatim-post': 0.52 });
    const skeleton = familySkeleton(pairs, apart, always, order);
    assert.deepEqual(skeleton.explained, [{ a: 'wire', b: 'post', through: 'verbatim' }]);
    assert.deepEqual(keys(skeleton.edges), ['post-verbatim', 'verbatim-wire']);
  });

  await t.test('should set a pair aside only while both its members stay joined to the third', () => {
    // a–b goes first, through c; a–c could then only go through b, whose tie to a is gone.
    const pairs: Pair[] = [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ];
    const strength = strengths({ 'a-b': 0.3, 'a-c': 0.4, 'b-c': 0.8 });
    const skeleton = familySkeleton(pairs, strength, always, ['a', 'b', 'c']);
    assert.deepEqual(skeleton.explained, [{ a: 'a', b: 'b', through: 'c' }]);
    assert.deepEqual(keys(skeleton.edges), ['a-c', 'b-c']);
  });

  await t.test('should not set aside a pair that no third member explains', () => {
    const pairs: Pair[] = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ];
    const strength = strengths({ 'a-b': 0.8, 'b-c': 0.7, 'a-c': 0.4 });
    const skeleton = familySkeleton(pairs, strength, () => false, ['a', 'b', 'c']);
    assert.deepEqual(skeleton.explained, []);
    assert.deepEqual(skeleton.edges, pairs);
  });
});

test('pathBetween', async (t) => {
  const chain: Pair[] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
  ];

  await t.test('should be empty for neighbours', () => {
    assert.deepEqual(pathBetween(chain, 'a', 'b'), []);
    assert.deepEqual(pathBetween(chain, 'c', 'b'), []);
  });

  await t.test('should give the middle of a chain of three', () => {
    assert.deepEqual(pathBetween(chain, 'a', 'c'), ['b']);
    assert.deepEqual(pathBetween(chain, 'c', 'a'), ['b']);
  });

  await t.test('should give the members between, in order from the first', () => {
    assert.deepEqual(pathBetween(chain, 'a', 'e'), ['b', 'c', 'd']);
    assert.deepEqual(pathBetween(chain, 'e', 'b'), ['d', 'c']);
  });

  await t.test('should take the shortest path', () => {
    assert.deepEqual(pathBetween([...chain, ['a', 'x'], ['x', 'e']], 'a', 'e'), ['x']);
  });

  await t.test('should be empty for members not joined', () => {
    assert.deepEqual(pathBetween([...chain, ['x', 'y']], 'a', 'y'), []);
    assert.deepEqual(pathBetween(chain, 'a', 'z'), []);
  });
});
