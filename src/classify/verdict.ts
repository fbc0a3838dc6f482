// Decides from a pair's measures whether one article is derived from the other, and how.
import type { Method } from '../align/types.ts';
import type { PairMeasures, Relation, Scope, TakenPassage } from './types.ts';

/** Thresholds of the verdict; see the issue-2 note for the measurements behind them. */
export interface VerdictOptions {
  /** Narrative evidence (on either side) at which derivation is as likely as not. Default 0.25. */
  derivedEvidence: number;
  /** Least number of narrative links for a derivation: shared quotes alone never make a copy. Default 3. */
  minNarrativeLinks: number;
  /**
   * Least share of anchor-stating links that agree on a name or number (with at least 3 such links).
   * Copies keep their anchors (≥ 0.89 on every derived pair of the fixtures and seeds); templated
   * reports about other people do not (0.17 on test/templates.test.ts). Default 0.5.
   */
  minAnchorAgreement: number;
  /**
   * Least mean overlap (Dice) of the anchors of anchor-stating links for a derivation (with at least
   * 2 such links). Derived pairs of the fixtures and seeds: 0.65–1; templated reports sharing only
   * a title or a unit ("Dr", "Celsius"): 0.05–0.50. Default 0.55.
   */
  minAnchorOverlap: number;
  /**
   * Least mean overlap (Dice) of the anchors of a taken passage's links, when they state any: a
   * lifted or rewritten passage keeps its names and numbers (1 in the fixtures), a template's
   * sentences about other people keep a few shared figures (0.61 at most in the generated corpus,
   * where stories of one base text share numbers by chance). Default 0.8.
   */
  minPassageAnchorOverlap: number;
}

export const defaultVerdictOptions: VerdictOptions = {
  derivedEvidence: 0.25,
  minNarrativeLinks: 3,
  minAnchorAgreement: 0.5,
  minAnchorOverlap: 0.55,
  minPassageAnchorOverlap: 0.8,
};

/**
 * The probability that one article is derived from the other as a whole: a logistic curve on the
 * larger narrative evidence of the two sides (the copy is the side whose own narrative the other
 * explains), 0.5 at `derivedEvidence`. Independent reports of one event share facts and public
 * quotes, but seldom more than a tenth of their narrative; a rewrite carries over a third or more.
 * Pairs whose links disagree on names and numbers share a template, not a text.
 */
export function wholeProbability(m: PairMeasures, options: VerdictOptions = defaultVerdictOptions): number {
  return wholeProbabilityAt(Math.max(m.a.narrativeEvidence, m.b.narrativeEvidence), m, options);
}

function wholeProbabilityAt(evidence: number, m: PairMeasures, options: VerdictOptions): number {
  if (m.narrativeLinks < options.minNarrativeLinks) return 0;
  if (anchorsDisagree(m, options)) return 0;
  if (m.anchorLinks >= 2 && m.anchorOverlap < options.minAnchorOverlap) return 0;
  return 1 / (1 + Math.exp(-20 * (evidence - options.derivedEvidence)));
}

/**
 * The probability that one article took passages from the other: none without a taken passage
 * (measures.ts: two strong narrative links, 30 narrative words) that keeps its names and numbers,
 * then rising with the narrative words of those passages (0.88 at 30, 0.98 at 40). A lifted
 * paragraph keeps its names and numbers; a template's sentences about other people change them.
 * A passage that states none is evidence only between reports of one story that do not look like
 * a template: between articles that share nothing else, two sentences without a name or a number
 * are more likely stock wording (in the generated corpus, a template's sentences shared by every
 * story made from it) than a lift.
 */
export function passageProbability(m: PairMeasures, options: VerdictOptions = defaultVerdictOptions): number {
  const words = evidentPassages(m, m.taken, options).reduce((n, p) => n + p.words, 0);
  return words === 0 ? 0 : 1 / (1 + Math.exp(-(words - 20) / 5));
}

/** Of `taken` (runs of the pair `m`), those that count as evidence of a copy (see `passageProbability`). */
export function evidentPassages(
  m: PairMeasures,
  taken: TakenPassage[],
  options: VerdictOptions = defaultVerdictOptions,
): TakenPassage[] {
  if (anchorsDisagree(m, options)) return [];
  const template = m.anchorLinks >= 2 && m.anchorOverlap < options.minAnchorOverlap;
  const sameStory = !template && isSameStory(m, options);
  return taken.filter((p) =>
    p.anchorLinks === 0 ? sameStory : p.anchorOverlap >= options.minPassageAnchorOverlap,
  );
}

/** The probability that one article is derived from the other, as a whole or by passages. */
export function derivedProbability(m: PairMeasures, options: VerdictOptions = defaultVerdictOptions): number {
  return Math.max(wholeProbability(m, options), passageProbability(m, options));
}

/**
 * A derivation's scope, once it is known which side is the copy: whole when the whole-article rule
 * holds on the copy's own narrative, partial when only passages of it come from the original (a
 * long report that lifted a few paragraphs from a short one is partial, though the paragraphs are
 * much of the short one).
 */
export function scopeOf(
  m: PairMeasures,
  copy: 'a' | 'b',
  options: VerdictOptions = defaultVerdictOptions,
): Scope {
  return wholeProbabilityAt(m[copy].narrativeEvidence, m, options) >= 0.5 ? 'whole' : 'partial';
}

/**
 * Same story, for articles not derived from one another: they share much weighted vocabulary
 * (cosine ≥ 0.5), or some (≥ 0.25) and at least 12% of one article's sentences state a fact the
 * other states too. Names alone are not enough: two events with the same officials share names but
 * few facts. Pairs whose aligned sentences disagree on their names and numbers report other events
 * in the same words (a template).
 */
export function isSameStory(m: PairMeasures, options: VerdictOptions = defaultVerdictOptions): boolean {
  if (anchorsDisagree(m, options)) return false;
  const facts = Math.max(m.a.factShare, m.b.factShare);
  return m.cosine >= 0.5 || (m.cosine >= 0.25 && facts >= 0.12);
}

/** The relation of a pair. */
export function relationOf(m: PairMeasures, options: VerdictOptions = defaultVerdictOptions): Relation {
  if (derivedProbability(m, options) >= 0.5) return 'derived';
  return isSameStory(m, options) ? 'independent' : 'unrelated';
}

/**
 * The pair's method: verbatim when ≥ 90% of the linked words are in sentences carried over
 * word for word (see align/methods.ts: a dropped dateline or a new headline still leaves a copy
 * verbatim; a light edit touching a third of its sentences does not), edited when verbatim and
 * edited words are at least half, paraphrased otherwise.
 */
export function pairMethod(m: PairMeasures): Method {
  return methodOfShares(m.methods);
}

/** The method of linked words with these shares per method (see `pairMethod`). */
export function methodOfShares(shares: Record<Method, number>): Method {
  if (shares.verbatim >= 0.9) return 'verbatim';
  if (shares.verbatim + shares.edited >= 0.5) return 'edited';
  return 'paraphrased';
}

/** At least three links state anchors on both sides, and most of them share none. */
function anchorsDisagree(m: PairMeasures, options: VerdictOptions): boolean {
  return m.anchorLinks >= 3 && m.anchorAgreement < options.minAnchorAgreement;
}
