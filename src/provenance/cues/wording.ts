// Direction evidence from wording: the rest of the family keeps the source's words where a copy changed them.
import type { RepresentedArticle } from '../../represent/types.ts';
import type { AlignmentOf } from '../alignment-of.ts';
import { retention } from '../retention.ts';
import type { Cue } from '../types.ts';

/** Log-odds per word of difference, and the cap (below a known earlier time's 3). */
const weightPerWord = 0.05;
const maxLogit = 1.5;
/** Least difference in words for the cue to count: spinners share a few synonyms by chance. */
const minDifference = 6;
/** Other members read at most: enough to see the family's wording, bounded for large families. */
const maxOthers = 8;

/**
 * Counts the words other members share with `p` where `c` has other words (in sentences all three
 * share), and the reverse. Copies of one source keep its wording except where each changed it on
 * its own, so where a member's wording is its alone, that member changed it: an undated light edit
 * of the whole text is told from its source this way, when containment cannot tell them apart. (In
 * a chain A → B → C the same count makes B look like A's source; without dates the two readings fit
 * the texts alike.)
 */
export function wordingCue(
  p: RepresentedArticle,
  c: RepresentedArticle,
  others: RepresentedArticle[],
  alignmentOf: AlignmentOf,
): Cue | undefined {
  let keptP = 0;
  let keptC = 0;
  for (const z of others.slice(0, maxOthers)) {
    keptP += retention(p, c, z, alignmentOf)?.retained ?? 0;
    keptC += retention(c, p, z, alignmentOf)?.retained ?? 0;
  }
  const diff = keptP - keptC;
  if (Math.abs(diff) < minDifference) return undefined;
  const [source, copy, n, m] = diff > 0 ? [p.id, c.id, keptP, keptC] : [c.id, p.id, keptC, keptP];
  return {
    kind: 'wording',
    logit: Math.sign(diff) * Math.min(maxLogit, weightPerWord * Math.abs(diff)),
    evidence: `other family members keep ${n} word(s) of ${source} where ${copy} has others, and ${m} of ${copy} where ${source} has others: ${copy} changed the wording`,
  };
}
