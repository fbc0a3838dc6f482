// Whether what two members of a family share came to them through a third: the test behind chains
// (A → B → C: A and C share only what B passed on) and siblings (two copies of one source).
import { evidentPassages, takenPassages } from '../classify/index.ts';
import type { PairVerdict } from '../classify/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import { linkedSentences } from './alignment-of.ts';
import { mayDescendThrough, retention } from './retention.ts';

/** What the test reads of a family. */
export interface FamilyTexts {
  byId: Map<string, RepresentedArticle>;
  /** The verdict of a pair, whichever way round; undefined when the pair was not compared. */
  verdict: (x: string, y: string) => PairVerdict | undefined;
  /** Whether `a` more likely came before `b`: their pairwise direction cues, else the family's order. */
  earlier: (a: string, b: string) => boolean;
}

/** Least changes of the middle that a copy of a copy keeps (29 and 30 in the fixtures' chains). */
const minChainChanges = 3;

/**
 * Returns `sharesThrough(x, y, z)`: true when what x and y share came to them through z.
 * - Held: what x and y share outside z (their links where either sentence is not linked to z)
 *   holds no passage that would make a derivation on its own (classify: two strong narrative links,
 *   30 words, names and numbers kept). "All that C shares with A it also shares with B"; a passage
 *   they share beyond z's text is a derivation of its own (a copy with several sources), while a
 *   link or two outside it are alignment noise, and template wording about other people is not
 *   shared text at all.
 * - Not the latest: z did not come after both (by the cues between z and each of them). The one the
 *   others share through is their source (siblings) or stands between them (a chain); a member made
 *   after both could only have combined them, and would not explain what they share.
 * - A chain shown: when z stands between them (x, then z, then y), y keeps no words of
 *   x that z lacks, beyond noise (retention.ts: a copy of a copy has its grandparent's words only
 *   where its parent has them), and keeps more of z's changes than that: without them y is as likely
 *   taken from x itself, and the earlier member keeps the tie. Copies of one source, by contrast,
 *   may share a few changes by chance (spinners pick the same synonyms), so siblings are not held to
 *   it.
 */
export function sharesThroughTest(family: FamilyTexts) {
  const article = (id: string) => family.byId.get(id) as RepresentedArticle;
  const alignmentOf = (x: string, y: string) => family.verdict(x, y)?.alignment;
  const linked = (from: string, to: string) => linkedSentences(alignmentOf, from, to);
  /** Whether x and y share no passage of their own outside what each shares with z. */
  const held = (x: string, y: string, z: string) => {
    const v = family.verdict(x, y);
    if (!v) return true;
    const viaZ = { [x]: linked(x, z), [y]: linked(y, z) } as Record<string, Set<number>>;
    const outside = v.alignment.links.filter((l) => !viaZ[v.a]?.has(l.a) || !viaZ[v.b]?.has(l.b));
    const taken = takenPassages(outside, article(v.a), article(v.b));
    return evidentPassages(v.measures, taken).length === 0;
  };
  return (x: string, y: string, z: string): boolean => {
    const [xFirst, yFirst] = [family.earlier(x, z), family.earlier(y, z)];
    if (xFirst && yFirst) return false;
    if (!held(x, y, z)) return false;
    if (!xFirst && !yFirst) return true;
    const [first, last] = xFirst ? [x, y] : [y, x];
    const r = retention(article(first), article(z), article(last), alignmentOf);
    return r !== undefined && mayDescendThrough(r) && r.shared >= minChainChanges && r.shared > kept(r);
  };
}

const kept = (r: { retained: number; dropped: number }) => r.retained + r.dropped;
