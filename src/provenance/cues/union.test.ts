// Tests for unionCue: family evidence that one member's text holds what the other members share with one another.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alignment } from '../../align/types.ts';
import { aligned, lookup } from './alignments.fixture.ts';
import { unionCue } from './union.ts';

/**
 * A family from the story sentences each member carries, in its own order: every two members
 * sharing a sentence are a derived pair, aligned on the sentences they share.
 */
function family(holdings: Record<string, number[]>) {
  const members = Object.keys(holdings);
  const alignments: Alignment[] = [];
  const derived: Array<[string, string]> = [];
  for (const [i, a] of members.entries())
    for (const b of members.slice(i + 1)) {
      const [ha, hb] = [holdings[a] ?? [], holdings[b] ?? []];
      const pairs = ha.flatMap((s, ia): Array<[number, number]> => {
        const ib = hb.indexOf(s);
        return ib === -1 ? [] : [[ia, ib]];
      });
      if (pairs.length === 0) continue;
      alignments.push(aligned(a, b, pairs));
      derived.push([a, b]);
    }
  return { members, derived, alignmentOf: lookup(alignments) };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('unionCue', async (t) => {
  await t.test('should name the member holding what three copies share with one another', () => {
    // Each copy dropped one sentence of wire's six, a different one each.
    const f = family({
      wire: range(6),
      herald: [0, 1, 2, 3, 4],
      post: [1, 2, 3, 4, 5],
      gazette: [0, 2, 3, 4, 5],
    });
    const found = unionCue(f.members, f.derived, f.alignmentOf);
    assert.equal(found?.member, 'wire');
    assert.equal(found?.cue.kind, 'family');
    // wire holds all of it; each copy 8/10, 8/10 and 6/8 of the other pairs' shared sentences.
    const runnerUp = (0.8 + 0.8 + 0.75) / 3;
    assert.ok(Math.abs((found?.cue.logit ?? 0) - 5 * (1 - runnerUp)) < 1e-9);
    assert.match(
      found?.cue.evidence ?? '',
      /^wire holds what the other members share .*100% of it over 3 pairs/,
    );
  });

  await t.test('should find the source whichever order the members come in', () => {
    const f = family({
      herald: [0, 1, 2, 3, 4],
      post: [1, 2, 3, 4, 5],
      wire: range(6),
      gazette: [0, 2, 3, 4, 5],
    });
    assert.equal(unionCue(f.members, f.derived, f.alignmentOf)?.member, 'wire');
  });

  await t.test('should be undefined for a family of two', () => {
    const f = family({ wire: range(6), herald: [0, 1, 2] });
    assert.equal(unionCue(f.members, f.derived, f.alignmentOf), undefined);
  });

  await t.test('should be undefined for a family of three, with one pair not involving each member', () => {
    // wire holds all that herald and post share, but one pair is too little to tell.
    const f = family({ wire: range(6), herald: [0, 1, 2, 3], post: [2, 3, 4, 5] });
    assert.equal(unionCue(f.members, f.derived, f.alignmentOf), undefined);
  });

  await t.test('should be undefined when the lead is under 0.1', () => {
    // Verbatim copies hold the same: no lead at all.
    const same = family({ wire: range(6), herald: range(6), post: range(6), gazette: range(6) });
    assert.equal(unionCue(same.members, same.derived, same.alignmentOf), undefined);
    // Each copy dropped one sentence of twenty: every member holds nearly all of it.
    const near = family({
      wire: range(20),
      herald: range(20).filter((i) => i !== 0),
      post: range(20).filter((i) => i !== 1),
      gazette: range(20).filter((i) => i !== 2),
    });
    assert.equal(unionCue(near.members, near.derived, near.alignmentOf), undefined);
  });

  await t.test('should cap the log-odds at 2', () => {
    // Each copy took a different two thirds: a copy holds a third of what the others share.
    const f = family({ wire: range(6), herald: [0, 1, 2, 3], post: [2, 3, 4, 5], gazette: [0, 1, 4, 5] });
    const found = unionCue(f.members, f.derived, f.alignmentOf);
    assert.equal(found?.member, 'wire');
    assert.equal(found?.cue.logit, 2);
  });
});
