// The provenance stage: families of derived articles, their originals, and each copy's source.
import type { PairVerdict } from '../classify/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { components, type Story } from '../stories/index.ts';
import { admissibleParent } from './admissible.ts';
import { centroidCue } from './cues/centroid.ts';
import { toDerivation } from './derivation.ts';
import { familyTree, pathBetween, type Strength } from './family-tree.ts';
import { type FamilyContext, pairCues } from './pair-cues.ts';
import { pickRoot } from './root.ts';
import type { Cue, Derivation, Kinship, Provenance } from './types.ts';

export type { Cue, Derivation, DerivedPassage, Kinship, Provenance } from './types.ts';

/**
 * Decides who copied whom. Derived pairs form families (connected components); each family's
 * original is the member the direction cues favour most against all others, with the family
 * centroid as one cue; the family is arranged as a tree from it, and each tree edge becomes a
 * derivation oriented by its own cues plus its place in the tree. Derived pairs off the tree are
 * kinships: siblings, or the two ends of a chain.
 */
export function provenance(
  articles: RepresentedArticle[],
  verdicts: PairVerdict[],
  stories: Story[],
): Provenance {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const verdictOf = new Map(verdicts.map((v) => [key(v.a, v.b), v]));
  const derived = verdicts.filter((v) => v.relation === 'derived');
  const derivedStrength: Strength = (x, y) => {
    const v = verdictOf.get(key(x, y));
    return v?.relation === 'derived'
      ? (v.measures.a.narrativeEvidence + v.measures.b.narrativeEvidence) / 2
      : 0;
  };
  const families = components(
    articles.map((a) => a.id),
    derived.map((v): [string, string] => [v.a, v.b]),
  ).filter((f) => f.length > 1);
  const derivations: Derivation[] = [];
  const kinships: Kinship[] = [];
  for (const members of families) {
    const story = stories.find((st) => st.articles.includes(members[0] as string));
    const family: FamilyContext = {
      byId,
      verdict: (x, y) => verdictOf.get(key(x, y)),
      members,
      independents: (story?.articles ?? [])
        .filter((id) => !members.includes(id))
        .map((id) => byId.get(id) as SegmentedArticle),
    };
    const cueCache = new Map<string, Cue[]>();
    const cuesFor = (p: string, c: string) => {
      const k = `${p}\u0000${c}`;
      const cached = cueCache.get(k);
      if (cached) return cached;
      const cues = pairCues(p, c, family);
      cueCache.set(k, cues);
      return cues;
    };
    const centroid = centroidCue(members, derivedStrength);
    const root = pickRoot(members, cuesFor, new Map(centroid ? [[centroid.member, centroid.cue.logit]] : []));
    const admissible = admissibleParent(byId, (x, y) => verdictOf.get(key(x, y))?.alignment);
    const tree = familyTree(members, root.member, derivedStrength, 0.05, admissible);
    for (const { parent, child } of tree) {
      const structural: Cue[] = [];
      if (parent === root.member) {
        if (centroid?.member === parent) structural.push(centroid.cue);
        else if (root.cue) structural.push(root.cue);
      } else {
        structural.push({
          kind: 'family',
          logit: 1,
          evidence: `${child} is closer to ${parent} (tie ${derivedStrength(parent, child).toFixed(2)}) than to the family's original ${root.member} (${derivedStrength(root.member, child).toFixed(2)}): it was taken from ${parent}`,
        });
      }
      derivations.push(
        toDerivation(verdictOf.get(key(parent, child)) as PairVerdict, parent, child, [
          ...cuesFor(parent, child),
          ...structural,
        ]),
      );
    }
    const parentOf = new Map(tree.map((e) => [e.child, e.parent]));
    const onTree = new Set(tree.map((e) => key(e.parent, e.child)));
    for (const v of derived) {
      if (!members.includes(v.a) || onTree.has(key(v.a, v.b))) continue;
      const siblings = parentOf.get(v.a) !== undefined && parentOf.get(v.a) === parentOf.get(v.b);
      kinships.push({
        a: v.a,
        b: v.b,
        relation: siblings ? 'siblings' : 'indirect',
        via: pathBetween(tree, v.a, v.b),
      });
    }
  }
  return { derivations, kinships };
}

function key(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
