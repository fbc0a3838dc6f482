// The stories stage: articles about the same event grouped, whether derived or independent.
import type { PairVerdict } from '../classify/types.ts';
import { components } from './components.ts';

export { components } from './components.ts';

/** A group of articles reporting one event. */
export interface Story {
  id: string;
  articles: string[];
}

/**
 * Groups articles into stories: connected components of the pairs judged derived or independent
 * (same story). Single articles form stories of one. Story ids are `s1`, `s2`, … in input order.
 */
export function groupStories(articleIds: string[], verdicts: PairVerdict[]): Story[] {
  const edges = verdicts.filter((v) => v.relation !== 'unrelated').map((v): [string, string] => [v.a, v.b]);
  return components(articleIds, edges).map((articles, i) => ({ id: `s${i + 1}`, articles }));
}
