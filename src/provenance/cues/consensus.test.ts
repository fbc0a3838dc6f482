// Tests for consensusCue: direction evidence from text a member lacks but the rest of the family shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alignment } from '../../align/types.ts';
import { aligned, lookup } from './alignments.fixture.ts';
import { consensusCue } from './consensus.ts';

// herald has sentences 0–3; post kept only 0 and 1; gazette kept all four.
const family = [
  aligned('herald', 'post', [
    [0, 0],
    [1, 1],
  ]),
  aligned('herald', 'gazette', [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
  ]),
  aligned('post', 'gazette', [
    [0, 0],
    [1, 1],
  ]),
];

test('consensusCue', async (t) => {
  await t.test('should be positive when c lacks sentences that p and the others share', () => {
    const cue = consensusCue('herald', 'post', ['gazette'], lookup(family));
    assert.equal(cue?.kind, 'consensus');
    assert.equal(cue?.logit, 0.5);
    assert.match(cue?.evidence ?? '', /^herald has 2 sentence\(s\) that post lacks/);
  });

  await t.test('should be negative when p lacks sentences that c and the others share', () => {
    const cue = consensusCue('post', 'herald', ['gazette'], lookup(family));
    assert.equal(cue?.logit, -0.5);
  });

  await t.test('should read alignments made the other way round', () => {
    const flipped = family.map((al) => ({
      ...al,
      a: al.b,
      b: al.a,
      links: al.links.map((l) => ({ ...l, a: l.b, b: l.a })),
    }));
    assert.equal(consensusCue('herald', 'post', ['gazette'], lookup(flipped))?.logit, 0.5);
  });

  await t.test('should not count sentences that no other member carries', () => {
    // gazette kept only what post kept: herald's extra sentences may be herald's own additions.
    const alone = [
      family[0] as Alignment,
      aligned('herald', 'gazette', [
        [0, 0],
        [1, 1],
      ]),
      family[2] as Alignment,
    ];
    assert.equal(consensusCue('herald', 'post', ['gazette'], lookup(alone)), undefined);
  });

  await t.test('should be undefined for a difference of one sentence', () => {
    const one = [
      family[0] as Alignment,
      aligned('herald', 'gazette', [
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
      family[2] as Alignment,
    ];
    assert.equal(consensusCue('herald', 'post', ['gazette'], lookup(one)), undefined);
  });

  await t.test('should be undefined when there are no other members or alignments', () => {
    assert.equal(consensusCue('herald', 'post', [], lookup(family)), undefined);
    assert.equal(consensusCue('herald', 'post', ['courier'], lookup(family)), undefined);
  });

  await t.test('should cap the log-odds', () => {
    const many = Array.from({ length: 20 }, (_, i): [number, number] => [i, i]);
    const big = [
      aligned('herald', 'post', [[0, 0]]),
      aligned('herald', 'gazette', many),
      aligned('post', 'gazette', [[0, 0]]),
    ];
    assert.equal(consensusCue('herald', 'post', ['gazette'], lookup(big))?.logit, 2);
  });
});
