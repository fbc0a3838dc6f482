// Gathers the pairwise direction cues for an ordered pair (first argument as the candidate original).
import type { PairVerdict } from '../classify/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { consensusCue } from './cues/consensus.ts';
import { containmentCue } from './cues/containment.ts';
import { creditCue } from './cues/credit.ts';
import { orderCue } from './cues/order.ts';
import { quoteCues } from './cues/quotes.ts';
import { timeCue } from './cues/time.ts';
import { wordingCue } from './cues/wording.ts';
import type { Cue } from './types.ts';

/** What the cues of one family may look at. */
export interface FamilyContext {
  byId: Map<string, RepresentedArticle>;
  /** The verdict of a pair, whichever way round; undefined when the pair was not compared. */
  verdict: (x: string, y: string) => PairVerdict | undefined;
  members: string[];
  /** Same-story articles outside the family. */
  independents: SegmentedArticle[];
}

/** Time, credit, quotation, order, consensus, wording and containment cues for `p` as the original of `c`. */
export function pairCues(p: string, c: string, family: FamilyContext): Cue[] {
  const ap = family.byId.get(p) as SegmentedArticle;
  const ac = family.byId.get(c) as SegmentedArticle;
  const inOrder = (x: string, y: string) => family.verdict(x, y)?.measures.inOrder;
  // Members derived with both are what the order and consensus cues compare with: a member that shares
  // nothing with one of the two (another source of a compilation) says nothing of what it dropped.
  const derived = (x: string, y: string) => family.verdict(x, y)?.relation === 'derived';
  const others = family.members.filter((m) => m !== p && m !== c && derived(m, p) && derived(m, c));
  const alignmentOf = (x: string, y: string) => family.verdict(x, y)?.alignment;
  const cues = [
    timeCue(ap, ac),
    creditCue(ap, ac),
    ...quoteCues(ap, ac, family.independents),
    orderCue(p, c, others, inOrder),
    consensusCue(p, c, others, alignmentOf),
    wordingCue(
      family.byId.get(p) as RepresentedArticle,
      family.byId.get(c) as RepresentedArticle,
      others.map((z) => family.byId.get(z) as RepresentedArticle),
      alignmentOf,
    ),
  ];
  const verdict = family.verdict(p, c);
  if (verdict) {
    const [mp, mc] =
      verdict.a === p ? [verdict.measures.a, verdict.measures.b] : [verdict.measures.b, verdict.measures.a];
    cues.push(containmentCue(p, c, mp.coverage, mc.coverage));
  }
  return cues.filter((cue): cue is Cue => cue !== undefined);
}

/** Sum of the cues' log-odds. */
export function totalLogit(cues: Cue[]): number {
  return cues.reduce((s, c) => s + c.logit, 0);
}
