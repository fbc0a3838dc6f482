// Direction evidence from the family's shared content: a copy drops what its source and siblings keep.
import { type AlignmentOf, linkedSentences } from '../alignment-of.ts';
import type { Cue } from '../types.ts';

/** Log-odds per sentence of difference, and the cap. */
const weightPerSentence = 0.25;
const maxLogit = 2;
/** Least difference in sentences for the cue to count. */
const minDifference = 2;

/**
 * Counts the sentences of `p` that `c` lacks but other members carry, and the reverse. Text the
 * rest of the family shares was in the source; the member lacking it dropped it (the other
 * explanation, that several members added the same sentences on their own, is far less likely).
 */
export function consensusCue(
  p: string,
  c: string,
  others: string[],
  alignmentOf: AlignmentOf,
): Cue | undefined {
  const lackedByC = sharedElsewhere(p, c, others, alignmentOf);
  const lackedByP = sharedElsewhere(c, p, others, alignmentOf);
  const diff = lackedByC - lackedByP;
  if (Math.abs(diff) < minDifference) return undefined;
  const [full, partial, n, m] = diff > 0 ? [p, c, lackedByC, lackedByP] : [c, p, lackedByP, lackedByC];
  return {
    kind: 'consensus',
    logit: Math.sign(diff) * Math.min(maxLogit, weightPerSentence * Math.abs(diff)),
    evidence: `${full} has ${n} sentence(s) that ${partial} lacks but other family members carry, and ${partial} has ${m} that ${full} lacks: ${partial} dropped text of the common source`,
  };
}

/** Sentences of `x` not linked to `y` but linked to at least one of `others`. */
function sharedElsewhere(x: string, y: string, others: string[], alignmentOf: AlignmentOf): number {
  const linked = (from: string, to: string) => linkedSentences(alignmentOf, from, to);
  const withY = linked(x, y);
  const elsewhere = new Set<number>();
  for (const z of others) for (const i of linked(x, z)) if (!withY.has(i)) elsewhere.add(i);
  return elsewhere.size;
}
