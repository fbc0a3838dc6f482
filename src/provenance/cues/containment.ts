// Direction evidence from containment: a copy seldom holds much its source lacks.
import type { Cue } from '../types.ts';

/** Log-odds per unit difference of coverage. Weak: rewrites do add material (updates, boilerplate). */
const weight = 1.5;
/**
 * Least share of the contained side found in the other for the cue to count: a summary or an
 * excerpt is mostly its source's text, but two long reports sharing a lifted passage each hold much
 * the other lacks, and which one is "contained" says nothing of who took from whom.
 */
const minContained = 0.5;

/**
 * Positive when more of `c` is explained by `p` than of `p` by `c` (a summary or partial copy is
 * contained in its source). `coverageP`/`coverageC` are each article's share of words linked to the other.
 */
export function containmentCue(
  pId: string,
  cId: string,
  coverageP: number,
  coverageC: number,
): Cue | undefined {
  // Rounded to whole percent, so 0.5 − 0.4 counts as the 0.1 it is.
  const diff = Math.round((coverageC - coverageP) * 100) / 100;
  if (Math.abs(diff) < 0.1) return undefined;
  const [outer, inner, outerCov, innerCov] =
    diff > 0 ? [pId, cId, coverageP, coverageC] : [cId, pId, coverageC, coverageP];
  if (innerCov < minContained) return undefined;
  return {
    kind: 'containment',
    logit: weight * diff,
    evidence: `${outer} contains ${inner}: ${pct(innerCov)} of ${inner} is found in ${outer}, but only ${pct(outerCov)} of ${outer} in ${inner}`,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
