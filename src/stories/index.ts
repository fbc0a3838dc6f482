// The stories stage: articles about the same event grouped, whether derived or independent. The
// corpus index joins two stories whenever a pair across them is judged derived or independent.

export { components } from './components.ts';

/** A group of articles reporting one event. */
export interface Story {
  id: string;
  articles: string[];
}

/**
 * The label of a story made by joining stories (or articles) with these labels: the least, so that a
 * story's label is its least article id whatever order the articles arrived in.
 */
export function joinedLabel(labels: Iterable<string>): string {
  return [...labels].sort()[0] as string;
}
