// The classify stage: derived, independent or unrelated, for one aligned pair.
import type { Alignment } from '../align/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import { measurePair } from './measures.ts';
import type { PairVerdict } from './types.ts';
import {
  defaultVerdictOptions,
  derivedProbability,
  pairMethod,
  relationOf,
  type VerdictOptions,
} from './verdict.ts';

export { takenPassages } from './measures.ts';
export type { PairMeasures, PairVerdict, Relation, Scope, SideMeasures, TakenPassage } from './types.ts';
export {
  defaultVerdictOptions,
  evidentPassages,
  methodOfShares,
  scopeOf,
  type VerdictOptions,
} from './verdict.ts';

/** Classifies an aligned pair of articles. `cosine` is their document cosine from candidates. */
export function classify(
  alignment: Alignment,
  a: RepresentedArticle,
  b: RepresentedArticle,
  cosine: number,
  options: VerdictOptions = defaultVerdictOptions,
): PairVerdict {
  const measures = measurePair(alignment, a, b, cosine);
  return {
    a: a.id,
    b: b.id,
    relation: relationOf(measures, options),
    derivedProbability: derivedProbability(measures, options),
    method: pairMethod(measures),
    measures,
    alignment,
  };
}
