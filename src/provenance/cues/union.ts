// Family evidence: the source of several copies holds what they share with one another.

import { type AlignmentOf, linkedSentences } from '../alignment-of.ts';
import type { Cue } from '../types.ts';

/** Log-odds per unit of lead over the runner-up, and the cap: below the 3 of a known earlier time. */
const weightPerLead = 5;
const maxLogit = 2;
/** Least lead, in the share of shared text held, for the cue to count. */
const minLead = 0.1;

/**
 * For each member, the share of what every other derived pair of the family shares (their linked
 * sentences, both sides) that this member's text carries too, averaged over those pairs. Copies
 * of one source share with one another only what they took from it, so the source carries all of
 * it, whatever the dates or how little of it each copy took (an excerpt holds only its part); a copy
 * carries only the part it took. Needs two pairs not involving the member, so three copies at least.
 */
export function unionCue(
  members: string[],
  derived: Array<[string, string]>,
  alignmentOf: AlignmentOf,
): { member: string; cue: Cue } | undefined {
  const linked = (from: string, to: string) => linkedSentences(alignmentOf, from, to);
  const held = (m: string, x: string, y: string) => {
    const shared = [...linked(x, y)]
      .map((i) => ({ side: x, i }))
      .concat([...linked(y, x)].map((i) => ({ side: y, i })));
    if (shared.length === 0) return undefined;
    const viaM = { [x]: linked(x, m), [y]: linked(y, m) } as Record<string, Set<number>>;
    return shared.filter((s) => viaM[s.side]?.has(s.i)).length / shared.length;
  };
  const scores = members
    .map((m) => {
      const shares = derived
        .filter(([x, y]) => x !== m && y !== m)
        .map(([x, y]) => held(m, x, y))
        .filter((s): s is number => s !== undefined);
      return {
        m,
        pairs: shares.length,
        mean: shares.reduce((s, x) => s + x, 0) / Math.max(1, shares.length),
      };
    })
    .filter((s) => s.pairs >= 2)
    .sort((x, y) => y.mean - x.mean);
  const [first, second] = scores;
  if (!first || !second || first.mean - second.mean < minLead) return undefined;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    member: first.m,
    cue: {
      kind: 'family',
      logit: Math.min(maxLogit, weightPerLead * (first.mean - second.mean)),
      evidence: `${first.m} holds what the other members share with one another (${pct(first.mean)} of it over ${first.pairs} pairs, against ${pct(second.mean)} for ${second.m}): copies of one source share only what they took from it`,
    },
  };
}
