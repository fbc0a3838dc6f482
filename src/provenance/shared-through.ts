// Whether what two members of a family share came to them through a third: the test behind chains
// (A → B → C: A and C share only what B passed on) and siblings (two copies of one source).
import type { RepresentedArticle } from '../represent/types.ts';
import { type AlignmentOf, mayDescendThrough, retention } from './retention.ts';

/** What the test reads of a family. */
export interface FamilyTexts {
  byId: Map<string, RepresentedArticle>;
  alignmentOf: AlignmentOf;
  /** Position in the family's order of originality (0: the original). */
  rank: (id: string) => number;
}

/**
 * Text two members may share outside the third and still count as shared through it: alignment
 * noise (a sentence linked to one but scored under the link threshold against the other), not a
 * passage of its own (30 narrative words is the least taken passage, classify/measures.ts).
 */
const slackWords = 30;
const slackShare = 0.2;

/**
 * Returns `sharesThrough(x, y, z)`: true when what x and y share came to them through z.
 * - Held: of the sentences of each of x and y linked to the other, all but noise (30 words, or a
 *   fifth) are linked to z too ("all that C shares with A it also shares with B"). Text they share
 *   beyond z's is a derivation of its own: a copy with several sources.
 * - Not the latest: z is not the last of the three in the order of originality. The one the others
 *   share through is their source (siblings) or stands between them (a chain); a member made after
 *   both could only have combined them, and would not explain what they share.
 * - Not ruled out: when z stands between them in that order (x, then z, then y), y keeps no words of
 *   x that z lacks, beyond noise (retention.ts): a copy of a copy has its grandparent's words only
 *   where its parent has them. Copies of one source, by contrast, may share a few changes by chance
 *   (spinners pick the same synonyms), so siblings are not held to it.
 */
export function sharesThroughTest(family: FamilyTexts) {
  const article = (id: string) => family.byId.get(id) as RepresentedArticle;
  const linked = (from: string, to: string): Set<number> => {
    const al = family.alignmentOf(from, to);
    return new Set(al ? al.links.map((l) => (al.a === from ? l.a : l.b)) : []);
  };
  const words = (id: string, sentences: Iterable<number>) => {
    let n = 0;
    for (const i of sentences) n += article(id).features[i]?.words.length ?? 0;
    return n;
  };
  /** Of `from`'s sentences linked to `other`, are all but noise linked to `through`? */
  const held = (from: string, other: string, through: string) => {
    const shared = linked(from, other);
    const viaThird = linked(from, through);
    const outside = [...shared].filter((i) => !viaThird.has(i));
    return words(from, outside) <= Math.max(slackWords, slackShare * words(from, shared));
  };
  return (x: string, y: string, z: string): boolean => {
    const [first, last] = family.rank(x) < family.rank(y) ? [x, y] : [y, x];
    if (family.rank(z) > family.rank(last)) return false;
    if (!held(x, y, z) || !held(y, x, z)) return false;
    if (family.rank(z) < family.rank(first)) return true;
    return mayDescendThrough(retention(article(first), article(z), article(last), family.alignmentOf));
  };
}
