// The provenance stage: families of derived articles, their originals, and each copy's source.
import type { PairVerdict } from '../classify/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import { components, type Story } from '../stories/index.ts';
import { resolveFamily } from './family.ts';
import type { FamilyContext } from './pair-cues.ts';
import { pairKey as key, type Strength } from './skeleton.ts';
import type { Derivation, Kinship, Provenance } from './types.ts';

export type { Cue, Derivation, DerivedPassage, Kinship, Provenance } from './types.ts';

/**
 * Decides who copied whom: derived pairs form families (connected components), and each family is
 * resolved on its own (family.ts), with the same-story articles outside it as independent witnesses.
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
    const resolved = resolveFamily(family, derivedStrength);
    derivations.push(...resolved.derivations);
    kinships.push(...resolved.kinships);
  }
  return { derivations, kinships };
}
