// Resolves one family of derived articles: its original, its derivation graph (each copy's
// sources), and the kinships of members that share text only through another.
import type { PairVerdict } from '../classify/types.ts';
import { centroidCue } from './cues/centroid.ts';
import { unionCue } from './cues/union.ts';
import { toDerivation } from './derivation.ts';
import { orientEdges } from './orient.ts';
import { type FamilyContext, pairCues, totalLogit } from './pair-cues.ts';
import { pickRoot } from './root.ts';
import { sharesThroughTest } from './shared-through.ts';
import { familySkeleton, type Pair, pathBetween, type Strength } from './skeleton.ts';
import type { Cue, Provenance } from './types.ts';

/**
 * The family's original is the member the direction cues favour most against all others (the
 * family-level evidence — closest to all, holding what the others share — counting as cues). Pairs
 * that share their text through a third member are set aside as kinships (skeleton.ts); the rest
 * are direct derivations, each given its direction by its own cues, the family's evidence where it
 * starts at the original, and the direction of the chains it continues (orient.ts). A copy may so
 * have several sources.
 */
export function resolveFamily(family: FamilyContext, strength: Strength): Provenance {
  const { members } = family;
  const cueCache = new Map<string, Cue[]>();
  const cuesFor = (p: string, c: string) => {
    const k = `${p}\u0000${c}`;
    const cues = cueCache.get(k) ?? pairCues(p, c, family);
    cueCache.set(k, cues);
    return cues;
  };
  const alignmentOf = (x: string, y: string) => family.verdict(x, y)?.alignment;
  const derived: Pair[] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i] as string, members[j] as string];
      if (family.verdict(a, b)?.relation === 'derived') derived.push([a, b]);
    }
  const familyCues = [centroidCue(members, strength), unionCue(members, derived, alignmentOf)].filter(
    (x) => x !== undefined,
  );
  const bonus = new Map<string, number>();
  for (const { member, cue } of familyCues) bonus.set(member, (bonus.get(member) ?? 0) + cue.logit);
  const root = pickRoot(members, cuesFor, bonus);
  const rank = new Map(root.order.map((m, i) => [m, i]));
  const rankOf = (id: string) => rank.get(id) ?? members.length;
  const sharesThrough = sharesThroughTest({
    byId: family.byId,
    verdict: family.verdict,
    earlier: (a, b) => {
      const logit = totalLogit(cuesFor(a, b));
      return logit > 0 || (logit === 0 && rankOf(a) < rankOf(b));
    },
  });
  const skeleton = familySkeleton(derived, strength, sharesThrough, root.order);
  // The family-level evidence for the original, carried by each derivation that starts there.
  const ownCues = familyCues.filter((f) => f.member === root.member).map((f) => f.cue);
  const originalCues = ownCues.length > 0 ? ownCues : root.cue ? [root.cue] : [];
  const rootCues = () => originalCues;
  const position = new Map(members.map((m, i) => [m, i]));
  const at = (id: string) => position.get(id) as number;
  // Strongest ties first, as a reader would want them listed (the closest copies first).
  const edges = orientEdges(skeleton, { root: root.member, cuesFor, rootCues }).sort(
    (x, y) => strength(y.parent, y.child) - strength(x.parent, x.child) || at(x.child) - at(y.child),
  );
  const derivations = edges.map((e) =>
    toDerivation(family.verdict(e.parent, e.child) as PairVerdict, e.parent, e.child, e.cues),
  );
  const parents = new Map<string, Set<string>>();
  for (const e of edges) parents.set(e.child, (parents.get(e.child) ?? new Set()).add(e.parent));
  const inOrder = [...skeleton.explained].sort((x, y) => at(x.a) - at(y.a) || at(x.b) - at(y.b));
  const kinships: Provenance['kinships'] = inOrder.map(({ a, b }) => {
    const via = pathBetween(skeleton.edges, a, b);
    const [only] = via;
    const siblings =
      via.length === 1 && parents.get(a)?.has(only as string) && parents.get(b)?.has(only as string);
    return { a, b, relation: siblings ? 'siblings' : 'indirect', via };
  });
  return { derivations, kinships };
}
