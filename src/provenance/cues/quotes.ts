// Direction evidence from quotations: the version that matches independent reports is the source's.

import { quoteWords } from '../../quotes/compare.ts';
import { articleQuotes } from '../../quotes/index.ts';
import type { SegmentedArticle } from '../../segment/types.ts';
import type { Cue } from '../types.ts';

/** Log-odds per quotation on which exactly one of the two agrees with an independent report. */
const weightPerQuote = 0.6;
const maxLogit = 2;

/** A quotation's words, lowercased, punctuation dropped. */
type QuotedRun = string[];

/** The quotations of an article (three words or more) as word lists. */
export function quotedRuns(article: SegmentedArticle): QuotedRun[] {
  return articleQuotes(article)
    .map((f) => quoteWords(f.quote.text))
    .filter((words) => words.length >= 3);
}

/**
 * For quotations that an independent report (same story, outside the family) also carries: when one
 * article of the pair quotes them as the independent report does and the other does not, the
 * agreeing one more likely holds the words as spoken, so it is more likely the original.
 */
export function quoteCues(p: SegmentedArticle, c: SegmentedArticle, independents: SegmentedArticle[]): Cue[] {
  const runsP = quotedRuns(p);
  const runsC = quotedRuns(c);
  const notes = { p: [] as string[], c: [] as string[] };
  const seen = new Set<string>();
  for (const other of independents) {
    for (const q of quotedRuns(other)) {
      const rp = bestMatch(q, runsP);
      const rc = bestMatch(q, runsC);
      if (!rp || !rc) continue;
      const agreeP = contains(rp, q) || contains(q, rp);
      const agreeC = contains(rc, q) || contains(q, rc);
      if (agreeP === agreeC) continue;
      const key = (agreeP ? rc : rp).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const [agree, differ, differing] = agreeP ? [p, c, rc] : [c, p, rp];
      notes[agreeP ? 'p' : 'c'].push(
        `${agree.id} quotes "${q.join(' ')}" as the independent ${other.id} does; ${differ.id} has "${differing.join(' ')}"`,
      );
    }
  }
  // One cue per side, so evidence for and against the direction is shown apart.
  return (['p', 'c'] as const)
    .filter((side) => notes[side].length > 0)
    .map((side) => ({
      kind: 'quotes',
      logit: (side === 'p' ? 1 : -1) * Math.min(maxLogit, weightPerQuote * notes[side].length),
      evidence: notes[side].join('; '),
    }));
}

/** The run sharing most words with `q`, if it shares at least half of the shorter one's words. */
function bestMatch(q: QuotedRun, runs: QuotedRun[]): QuotedRun | undefined {
  let best: QuotedRun | undefined;
  let bestShare = 0.5;
  const words = new Set(q);
  for (const run of runs) {
    const shared = run.filter((w) => words.has(w)).length;
    const share = shared / Math.min(run.length, q.length);
    if (share >= bestShare) {
      best = run;
      bestShare = share;
    }
  }
  return best;
}

/** True when `part` occurs in `whole` as a contiguous word sequence. */
function contains(whole: string[], part: string[]): boolean {
  if (part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}
