// The provenance stage's output: who copied whom, with the evidence and a confidence.
import type { Method } from '../align/types.ts';
import type { Scope } from '../classify/types.ts';

/** One piece of evidence about direction: positive `logit` favours the first article as the original. */
export interface Cue {
  /** Short stable name: time, credit, quotes, containment, family. */
  kind: string;
  logit: number;
  /** For a person: what was found, with the numbers or words. */
  evidence: string;
}

/** An aligned passage, in the original's and the copy's sentence indexes (inclusive ranges). */
export interface DerivedPassage {
  original: [number, number];
  copy: [number, number];
  method: Method;
  similarity: number;
}

/** The copy is derived from the original. */
export interface Derivation {
  original: string;
  copy: string;
  method: Method;
  /** `whole`: much of the copy's narrative comes from the original; `partial`: only some passages do. */
  scope: Scope;
  /** For a partial derivation: the copy's paragraphs holding the passages taken. */
  paragraphs?: number;
  /** Share of the copy's words in sentences taken from the original. */
  copyCoverage: number;
  /** Share of the original's words reused in the copy. */
  originalCoverage: number;
  /** Probability that the copy is derived from the original, this way round: derivedProbability × directionConfidence. */
  confidence: number;
  /** Probability that one of the two is derived from the other. */
  derivedProbability: number;
  /** Probability that the direction is right. */
  directionConfidence: number;
  evidence: string[];
  passages: DerivedPassage[];
}

/** Two articles of one family that share text only through a third: copies of one source, or a chain. */
export interface Kinship {
  a: string;
  b: string;
  relation: 'siblings' | 'indirect';
  /** The member(s) between them on the family tree. */
  via: string[];
}

export interface Provenance {
  derivations: Derivation[];
  kinships: Kinship[];
}
