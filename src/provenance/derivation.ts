// Turns a derived pair, its orientation and its cues into the Derivation users read.
import { scopeOf } from '../classify/index.ts';
import type { PairVerdict } from '../classify/types.ts';
import type { Cue, Derivation } from './types.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Builds the derivation of `copy` from `original` with the cues for and against that direction.
 * Confidence is the probability of derivation times that of the direction (below 0.5 only where the
 * family's consistency overrode the pair's own cues, see orient.ts).
 */
export function toDerivation(verdict: PairVerdict, original: string, copy: string, cues: Cue[]): Derivation {
  const logit = cues.reduce((s, c) => s + c.logit, 0);
  const directionConfidence = 1 / (1 + Math.exp(-logit));
  const originalIsA = verdict.a === original;
  const [mo, mc] = originalIsA
    ? [verdict.measures.a, verdict.measures.b]
    : [verdict.measures.b, verdict.measures.a];
  const passages = verdict.alignment.passages.map((p) => ({
    original: originalIsA ? p.a : p.b,
    copy: originalIsA ? p.b : p.a,
    method: p.method,
    similarity: round(p.similarity),
  }));
  passages.sort((x, y) => x.copy[0] - y.copy[0]);
  const m = verdict.measures;
  const summary =
    `${copy} takes ${pct(mc.coverage)} of its text from ${original}, which has ${pct(mo.coverage)} of its text in ${copy}: ` +
    `${verdict.alignment.links.length} sentences aligned in ${passages.length} passage(s), ${m.linksInRuns} in runs that keep their order; ` +
    `${verdict.method} (mean sentence similarity ${m.meanScore.toFixed(2)}, ${pct(Math.max(mo.narrativeEvidence, mc.narrativeEvidence))} of the narrative outside quotations carried over)`;
  const reasons = [...cues].sort((x, y) => Math.abs(y.logit) - Math.abs(x.logit));
  const evidence = [
    summary,
    ...reasons.map((c) => (c.logit >= 0 ? c.evidence : `against: ${c.evidence}`)),
    ...(cues.length === 0 || logit === 0 ? ['no evidence of direction: the original shown is a guess'] : []),
  ];
  return {
    original,
    copy,
    method: verdict.method,
    scope: scopeOf(verdict.measures, originalIsA ? 'b' : 'a'),
    copyCoverage: round(mc.coverage),
    originalCoverage: round(mo.coverage),
    confidence: round(verdict.derivedProbability * directionConfidence),
    derivedProbability: round(verdict.derivedProbability),
    directionConfidence: round(directionConfidence),
    evidence,
    passages,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
