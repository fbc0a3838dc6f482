// Direction evidence from credits: a text that names another member's outlet as its source.
import type { SegmentedArticle } from '../../segment/types.ts';
import type { Cue } from '../types.ts';
import { creditedOutlets, isSameOutlet, ownOutlet } from './outlets.ts';

/** Log-odds of one article crediting the other's outlet. */
const weight = 2.5;

/**
 * Positive when `c` credits the outlet of `p` ("as first reported by the Eastbridge Observer",
 * "told CNN" kept from CNN's text), negative when `p` credits `c`'s. An outlet's mentions of itself
 * are not credits.
 */
export function creditCue(p: SegmentedArticle, c: SegmentedArticle): Cue | undefined {
  const forP = credits(c, p);
  const forC = credits(p, c);
  if (!forP && !forC) return undefined;
  if (forP && forC) return undefined;
  const [source, copy, found] = forP ? [p, c, forP] : [c, p, forC as NonNullable<typeof forC>];
  return {
    kind: 'credit',
    logit: forP ? weight : -weight,
    evidence: `${copy.id} credits ${found.outlet} ("${found.phrase}"), the outlet of ${source.id} (${found.how})`,
  };
}

/** Whether `writer` credits the outlet of `source`, with the phrase and how the outlet was known. */
function credits(
  writer: SegmentedArticle,
  source: SegmentedArticle,
): { outlet: string; phrase: string; how: string } | undefined {
  const outlet = ownOutlet(source);
  if (!outlet) return undefined;
  const writerOutlet = ownOutlet(writer);
  if (writerOutlet && isSameOutlet(writerOutlet.outlet, outlet.outlet)) return undefined;
  const credit = creditedOutlets(writer).find((c) => isSameOutlet(c.outlet, outlet.outlet));
  return credit && { outlet: outlet.outlet, phrase: credit.phrase, how: outlet.how };
}
