// The align stage: sentence links and passages between two represented articles.
import type { RepresentedArticle } from '../represent/types.ts';
import { defaultLinkOptions, type LinkOptions, linkSentences } from './links.ts';
import { passagesOf } from './passages.ts';
import type { Alignment } from './types.ts';

export { defaultLinkOptions, type LinkOptions } from './links.ts';
export type { Alignment, Link, Method, Passage } from './types.ts';

/** Aligns the sentences of two articles, groups the links into passages, and keeps each sentence's best score. */
export function align(
  a: RepresentedArticle,
  b: RepresentedArticle,
  options: LinkOptions = defaultLinkOptions,
): Alignment {
  const { links, bestA, bestB } = linkSentences(a.features, b.features, options);
  return { a: a.id, b: b.id, links, passages: passagesOf(links), bestA, bestB };
}
