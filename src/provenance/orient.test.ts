// Tests for orientEdges: the direction of each direct derivation of a family, from the original outwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type OrientedEdge, orientEdges } from './orient.ts';
import type { Skeleton } from './skeleton.ts';
import type { Cue } from './types.ts';

/**
 * Pairwise cues from a table keyed "p>c" (log-odds for p as the original of c, by cue kind); the
 * other way round the same cues count against. Pairs not listed have no cues.
 */
const cueTable =
  (table: Record<string, Record<string, number>>) =>
  (p: string, c: string): Cue[] => {
    const forward = table[`${p}>${c}`];
    const backward = table[`${c}>${p}`];
    const [row, sign] = forward ? [forward, 1] : backward ? [backward, -1] : [{}, 1];
    return Object.entries(row).map(([kind, logit]) => ({
      kind,
      logit: sign * logit,
      evidence: `${kind} cue`,
    }));
  };

const silent = (): Cue[] => [];

/** The edges as "parent>child", sorted. */
const arrows = (edges: OrientedEdge[]) => edges.map((e) => `${e.parent}>${e.child}`).sort();

const total = (cues: Cue[]) => cues.reduce((s, c) => s + c.logit, 0);

const edgeTo = (edges: OrientedEdge[], parent: string, child: string) =>
  edges.find((e) => e.parent === parent && e.child === child);

test('orientEdges', async (t) => {
  await t.test('should lead the edges away from the original when the cues are silent', () => {
    const skeleton: Skeleton = {
      edges: [
        ['b', 'a'],
        ['c', 'b'],
        ['a', 'd'],
      ],
      explained: [],
    };
    const edges = orientEdges(skeleton, { root: 'a', cuesFor: silent, rootCues: silent });
    assert.deepEqual(arrows(edges), ['a>b', 'a>d', 'b>c']);
    for (const e of edges) assert.ok(total(e.cues) >= 0);
  });

  await t.test('should turn round an edge whose own cues are against it', () => {
    // c compiles a and b; b was published before c, so b is c's second source, not its copy.
    const skeleton: Skeleton = {
      edges: [
        ['a', 'c'],
        ['c', 'b'],
      ],
      explained: [],
    };
    const cuesFor = cueTable({ 'c>b': { time: -3 } });
    const edges = orientEdges(skeleton, { root: 'a', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['a>c', 'b>c']);
    assert.deepEqual(
      edges.filter((e) => e.child === 'c').map((e) => e.parent),
      ['a', 'b'],
    );
    assert.deepEqual(edgeTo(edges, 'b', 'c')?.cues, [{ kind: 'time', logit: 3, evidence: 'time cue' }]);
    for (const e of edges) assert.ok(total(e.cues) >= 0);
  });

  await t.test('should carry a chain’s direction on to the member sharing text through the middle', () => {
    // wire → herald is decided first; wire–post share their text through herald, so herald → post
    // despite a weak cue against.
    const skeleton: Skeleton = {
      edges: [
        ['wire', 'herald'],
        ['herald', 'post'],
      ],
      explained: [{ a: 'wire', b: 'post', through: 'herald' }],
    };
    const cuesFor = cueTable({ 'herald>post': { order: -0.5 } });
    const edges = orientEdges(skeleton, { root: 'wire', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['herald>post', 'wire>herald']);
    const family = edgeTo(edges, 'herald', 'post')?.cues.find((c) => c.kind === 'family');
    assert.equal(family?.logit, 1);
    assert.match(family?.evidence ?? '', /^post shares with wire only what herald has too/);
  });

  await t.test('should read the explained pair either way round', () => {
    const skeleton: Skeleton = {
      edges: [
        ['wire', 'herald'],
        ['herald', 'post'],
      ],
      explained: [{ a: 'post', b: 'wire', through: 'herald' }],
    };
    const cuesFor = cueTable({ 'herald>post': { order: -0.5 } });
    const edges = orientEdges(skeleton, { root: 'wire', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['herald>post', 'wire>herald']);
  });

  await t.test('should add no chain cue without the explained pair', () => {
    const skeleton: Skeleton = {
      edges: [
        ['wire', 'herald'],
        ['herald', 'post'],
      ],
      explained: [],
    };
    const cuesFor = cueTable({ 'herald>post': { order: -0.5 } });
    const edges = orientEdges(skeleton, { root: 'wire', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['post>herald', 'wire>herald']);
    assert.ok(edges.every((e) => e.cues.every((c) => c.kind !== 'family')));
  });

  await t.test('should add no chain cue when the first link of the chain was turned round', () => {
    // herald → wire (herald's time says so): nothing follows for herald–post.
    const skeleton: Skeleton = {
      edges: [
        ['wire', 'herald'],
        ['herald', 'post'],
      ],
      explained: [{ a: 'wire', b: 'post', through: 'herald' }],
    };
    const cuesFor = cueTable({ 'wire>herald': { time: -3 }, 'herald>post': { order: -0.5 } });
    const edges = orientEdges(skeleton, { root: 'wire', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['herald>wire', 'post>herald']);
    assert.ok(edges.every((e) => e.cues.every((c) => c.kind !== 'family')));
  });

  await t.test('should attach the family’s evidence to the original’s edges only', () => {
    const skeleton: Skeleton = {
      edges: [
        ['a', 'b'],
        ['b', 'c'],
      ],
      explained: [],
    };
    const rootCues = (child: string): Cue[] => [
      { kind: 'family', logit: 0.7, evidence: `a before ${child}` },
    ];
    const edges = orientEdges(skeleton, { root: 'a', cuesFor: silent, rootCues });
    assert.deepEqual(edgeTo(edges, 'a', 'b')?.cues, [{ kind: 'family', logit: 0.7, evidence: 'a before b' }]);
    assert.deepEqual(edgeTo(edges, 'b', 'c')?.cues, []);
  });

  await t.test('should break a directed cycle by turning round its least certain edge', () => {
    // Own cues: a → b (2), b → c (1.5), c → a (0.4); the last is turned round.
    const skeleton: Skeleton = {
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      explained: [],
    };
    const cuesFor = cueTable({ 'a>b': { time: 2 }, 'b>c': { time: 1.5 }, 'c>a': { time: 0.4 } });
    const edges = orientEdges(skeleton, { root: 'a', cuesFor, rootCues: silent });
    assert.deepEqual(arrows(edges), ['a>b', 'a>c', 'b>c']);
    assert.deepEqual(edgeTo(edges, 'a', 'c')?.cues, [{ kind: 'time', logit: -0.4, evidence: 'time cue' }]);
  });
});
