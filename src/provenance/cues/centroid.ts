// Family evidence: the member closest to all others is most likely the one they were copied from.

import type { Strength } from '../skeleton.ts';
import type { Cue } from '../types.ts';

/** Log-odds the unique centroid gets; it cannot tell a chain's start from its middle, so it stays modest. */
const weight = 1;
/** Least lead over the runner-up for the centroid to count. */
const minLead = 0.03;

/**
 * In a family of three or more, the member whose mean tie to the others is highest by a clear margin:
 * siblings copied from one source resemble the source more than each other.
 */
export function centroidCue(members: string[], strength: Strength): { member: string; cue: Cue } | undefined {
  if (members.length < 3) return undefined;
  const means = members
    .map((m) => ({
      m,
      mean: members.filter((o) => o !== m).reduce((s, o) => s + strength(m, o), 0) / (members.length - 1),
    }))
    .sort((x, y) => y.mean - x.mean);
  const [first, second] = means as [(typeof means)[0], (typeof means)[0]];
  if (first.mean - second.mean < minLead) return undefined;
  const others = means
    .slice(1)
    .map((x) => `${x.m} ${x.mean.toFixed(2)}`)
    .join(', ');
  return {
    member: first.m,
    cue: {
      kind: 'family',
      logit: weight,
      evidence: `${first.m} is the family member closest to all others (mean tie ${first.mean.toFixed(2)}; ${others}): copies of one source resemble it more than each other`,
    },
  };
}
