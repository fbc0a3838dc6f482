// Turns a derived pair, its orientation and its cues into the Derivation users read.
import type { Method } from '../align/types.ts';
import { evidentPassages, methodOfShares, scopeOf } from '../classify/index.ts';
import type { PairVerdict } from '../classify/types.ts';
import type { Cue, Derivation, DerivedPassage } from './types.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Builds the derivation of `copy` from `original` with the cues for and against that direction.
 * Confidence is the probability of derivation times that of the direction (below 0.5 only where the
 * family's consistency overrode the pair's own cues, see orient.ts). A partial derivation reports
 * the passages taken and their share of each article; a whole one every aligned passage.
 */
export function toDerivation(verdict: PairVerdict, original: string, copy: string, cues: Cue[]): Derivation {
  const logit = cues.reduce((s, c) => s + c.logit, 0);
  const directionConfidence = 1 / (1 + Math.exp(-logit));
  const originalIsA = verdict.a === original;
  const m = verdict.measures;
  const [mo, mc] = originalIsA ? [m.a, m.b] : [m.b, m.a];
  const scope = scopeOf(m, originalIsA ? 'b' : 'a');
  const extent = scope === 'whole' ? wholeExtent(verdict, originalIsA) : partialExtent(verdict, originalIsA);
  const summary =
    scope === 'whole'
      ? `${copy} takes ${pct(mc.coverage)} of its text from ${original}, which has ${pct(mo.coverage)} of its text in ${copy}: ` +
        `${verdict.alignment.links.length} sentences aligned in ${extent.passages.length} passage(s), ${m.linksInRuns} in runs that keep their order; ` +
        `${extent.method} (mean sentence similarity ${m.meanScore.toFixed(2)}, ${pct(Math.max(mo.narrativeEvidence, mc.narrativeEvidence))} of the narrative outside quotations carried over)`
      : `${copy} took ${extent.paragraphs} paragraph(s) in ${extent.passages.length} passage(s) from ${original}, ${pct(extent.copyCoverage)} of its text (${pct(extent.originalCoverage)} of ${original}): ` +
        `${extent.method}, ${extent.takenWords} narrative words in sentences carried over closely (similarity ≥ 0.8), names and numbers kept; ` +
        `the rest of ${copy} is its own (shared facts and quotations aside)`;
  const reasons = [...cues].sort((x, y) => Math.abs(y.logit) - Math.abs(x.logit));
  const evidence = [
    summary,
    ...reasons.map((c) => (c.logit >= 0 ? c.evidence : `against: ${c.evidence}`)),
    ...(cues.length === 0 || logit === 0 ? ['no evidence of direction: the original shown is a guess'] : []),
  ];
  return {
    original,
    copy,
    method: extent.method,
    scope,
    ...(extent.paragraphs !== undefined ? { paragraphs: extent.paragraphs } : {}),
    copyCoverage: round(extent.copyCoverage),
    originalCoverage: round(extent.originalCoverage),
    confidence: round(verdict.derivedProbability * directionConfidence),
    derivedProbability: round(verdict.derivedProbability),
    directionConfidence: round(directionConfidence),
    evidence,
    passages: extent.passages,
  };
}

/** What a derivation covers: its passages, method and shares of each article. */
interface Extent {
  passages: DerivedPassage[];
  method: Method;
  copyCoverage: number;
  originalCoverage: number;
  /** Narrative words of the passages' strong links, and the copy's paragraphs holding them (partial). */
  takenWords?: number;
  paragraphs?: number;
}

/** A whole derivation covers every aligned passage. */
function wholeExtent(verdict: PairVerdict, originalIsA: boolean): Extent {
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
  return { passages, method: verdict.method, copyCoverage: mc.coverage, originalCoverage: mo.coverage };
}

/** A partial derivation covers the passages taken (the pair's other links are shared facts). */
function partialExtent(verdict: PairVerdict, originalIsA: boolean): Extent {
  const m = verdict.measures;
  const taken = evidentPassages(m, m.taken);
  const similarity = (p: { a: [number, number]; b: [number, number] }) =>
    verdict.alignment.passages.find((x) => x.a[0] === p.a[0] && x.b[0] === p.b[0])?.similarity ?? 0;
  const passages = taken
    .map((p) => ({
      original: originalIsA ? p.a : p.b,
      copy: originalIsA ? p.b : p.a,
      method: methodOfShares(p.methods),
      similarity: round(similarity(p)),
    }))
    .sort((x, y) => x.copy[0] - y.copy[0]);
  const shares: Record<Method, number> = { verbatim: 0, edited: 0, paraphrased: 0 };
  for (const p of taken)
    for (const k of Object.keys(shares) as Method[]) shares[k] += p.methods[k] * (p.aWords + p.bWords);
  const words = (side: 'a' | 'b') => taken.reduce((n, p) => n + (side === 'a' ? p.aWords : p.bWords), 0);
  const share = (side: 'a' | 'b') => (m[side].words === 0 ? 0 : words(side) / m[side].words);
  const total = words('a') + words('b');
  if (total > 0) for (const k of Object.keys(shares) as Method[]) shares[k] /= total;
  return {
    passages,
    method: methodOfShares(shares),
    copyCoverage: share(originalIsA ? 'b' : 'a'),
    originalCoverage: share(originalIsA ? 'a' : 'b'),
    takenWords: taken.reduce((n, p) => n + p.words, 0),
    paragraphs: taken.reduce((n, p) => n + (originalIsA ? p.bParagraphs : p.aParagraphs), 0),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
