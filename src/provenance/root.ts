// Picks a family's original: the member the direction cues favour most against all the others.
import type { Cue } from './types.ts';

/** The original, and a cue summarising why, for the derivations that start from it. */
export interface Root {
  member: string;
  /** Every member, most likely original first: the root, then by the same score. */
  order: string[];
  /** Present when the choice has a margin over the runner-up; carried by the root's own edges. */
  cue?: Cue;
}

/**
 * Scores each member by the summed log-odds of its cues as the original of every other member
 * (plus `bonus`, the centroid cue), and takes the best. Ties go to the earlier member.
 */
export function pickRoot(
  members: string[],
  cuesFor: (p: string, c: string) => Cue[],
  bonus: Map<string, number>,
): Root {
  const scores = members.map((m) => {
    let score = bonus.get(m) ?? 0;
    const kinds = new Set<string>();
    for (const o of members) {
      if (o === m) continue;
      for (const cue of cuesFor(m, o)) {
        score += cue.logit;
        if (cue.logit > 0) kinds.add(cue.kind);
      }
    }
    return { m, score, kinds };
  });
  const sorted = [...scores].sort((x, y) => y.score - x.score);
  const [first, second] = sorted as [(typeof sorted)[0], (typeof sorted)[0] | undefined];
  const margin = first.score - (second?.score ?? 0);
  const order = sorted.map((s) => s.m);
  if (members.length < 3 || margin <= 0) return { member: first.m, order };
  return {
    member: first.m,
    order,
    cue: {
      kind: 'family',
      logit: Math.min(2, margin / 2),
      evidence: `${first.m} is the original of its family of ${members.length} (${[...first.kinds].join(', ') || 'family'} evidence against the other members, total log-odds ${first.score.toFixed(1)} vs ${second?.score.toFixed(1)} for ${second?.m})`,
    },
  };
}
