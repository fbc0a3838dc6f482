// Resolves one family of derived articles: its original, its tree, its derivations and kinships.
import type { PairVerdict } from '../classify/types.ts';
import { admissibleParent } from './admissible.ts';
import { centroidCue } from './cues/centroid.ts';
import { toDerivation } from './derivation.ts';
import { familyTree, pathBetween, type Strength } from './family-tree.ts';
import { type FamilyContext, pairCues } from './pair-cues.ts';
import { pickRoot } from './root.ts';
import type { Cue, Provenance } from './types.ts';

/**
 * The family's original is the member the direction cues favour most against all others (the
 * centroid counting as one cue); the family is arranged as a tree from it; each tree edge becomes a
 * derivation oriented by its own cues plus its place in the tree. Derived pairs off the tree are
 * kinships: siblings, or the two ends of a chain.
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
  const centroid = centroidCue(members, strength);
  const root = pickRoot(members, cuesFor, new Map(centroid ? [[centroid.member, centroid.cue.logit]] : []));
  const admissible = admissibleParent(family.byId, (x, y) => family.verdict(x, y)?.alignment);
  const tree = familyTree(members, root.member, strength, 0.05, admissible);
  const derivations = tree.map(({ parent, child }) => {
    const structural: Cue[] = [];
    if (parent !== root.member) {
      structural.push({
        kind: 'family',
        logit: 1,
        evidence: `${child} is closer to ${parent} (tie ${strength(parent, child).toFixed(2)}) than to the family's original ${root.member} (${strength(root.member, child).toFixed(2)}): it was taken from ${parent}`,
      });
    } else if (centroid?.member === parent) structural.push(centroid.cue);
    else if (root.cue) structural.push(root.cue);
    return toDerivation(family.verdict(parent, child) as PairVerdict, parent, child, [
      ...cuesFor(parent, child),
      ...structural,
    ]);
  });
  const parentOf = new Map(tree.map((e) => [e.child, e.parent]));
  const onTree = (a: string, b: string) => parentOf.get(a) === b || parentOf.get(b) === a;
  const kinships: Provenance['kinships'] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i] as string, members[j] as string];
      if (family.verdict(a, b)?.relation !== 'derived' || onTree(a, b)) continue;
      const siblings = parentOf.get(a) !== undefined && parentOf.get(a) === parentOf.get(b);
      kinships.push({ a, b, relation: siblings ? 'siblings' : 'indirect', via: pathBetween(tree, a, b) });
    }
  }
  return { derivations, kinships };
}
