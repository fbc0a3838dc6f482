// Chooses which sentence pairs correspond: one-to-one links first, then merges and splits.
import type { SentenceFeatures } from '../represent/types.ts';
import { bigramContainment } from './lexical.ts';
import { methodOf } from './methods.ts';
import { type SentenceSimilarity, sentenceSimilarity } from './sentence-similarity.ts';
import type { Link } from './types.ts';

/** Thresholds of the linker; scores are sentence similarities in 0–1. */
export interface LinkOptions {
  /** Least score for a one-to-one link. Default 0.62. */
  minScore: number;
  /** Least share of a sentence's content found in its neighbour's partner for a merge/split link. Default 0.7. */
  minMergeContainment: number;
}

export const defaultLinkOptions: LinkOptions = { minScore: 0.62, minMergeContainment: 0.7 };

/**
 * Links sentences of `a` and `b` by competitive linking (Melamed 2000): the best-scoring pair is
 * linked, both sentences leave the pool, repeat. Order is not required, so moved paragraphs still
 * link. Then an unlinked sentence whose content is mostly inside its neighbour's partner joins that
 * link: two sentences merged into one, or one split in two.
 */
export function linkSentences(
  a: SentenceFeatures[],
  b: SentenceFeatures[],
  options: LinkOptions = defaultLinkOptions,
): { links: Link[]; bestA: number[]; bestB: number[] } {
  const bestA = a.map(() => 0);
  const bestB = b.map(() => 0);
  const scored: Array<{ i: number; j: number; s: SentenceSimilarity }> = [];
  const sims: Array<Array<SentenceSimilarity | undefined>> = a.map(() => []);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = sentenceSimilarity(a[i] as SentenceFeatures, b[j] as SentenceFeatures);
      (sims[i] as Array<SentenceSimilarity | undefined>)[j] = s;
      bestA[i] = Math.max(bestA[i] as number, s.score);
      bestB[j] = Math.max(bestB[j] as number, s.score);
      if (s.score >= options.minScore * 0.7) scored.push({ i, j, s });
    }
  }
  scored.sort((x, y) => y.s.score - x.s.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const links: Link[] = [];
  for (const { i, j, s } of scored) {
    if (s.score < options.minScore) break;
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    links.push(toLink(a, b, i, j, s));
  }
  for (const link of [...links]) {
    extendMerge(link, 'a', a, b, usedA, sims, options, links);
    extendMerge(link, 'b', a, b, usedB, sims, options, links);
  }
  return { links: links.sort((x, y) => x.b - y.b || x.a - y.a), bestA, bestB };
}

/** Adds links from unlinked neighbours of `link` on one side to the link's partner on the other. */
function extendMerge(
  link: Link,
  side: 'a' | 'b',
  a: SentenceFeatures[],
  b: SentenceFeatures[],
  used: Set<number>,
  sims: Array<Array<SentenceSimilarity | undefined>>,
  options: LinkOptions,
  links: Link[],
): void {
  for (const step of [-1, 1]) {
    const length = side === 'a' ? a.length : b.length;
    for (let k = link[side] + step; k >= 0 && k < length && !used.has(k); k += step) {
      const [i, j] = side === 'a' ? [k, link.b] : [link.a, k];
      const s = sims[i]?.[j];
      if (!s) break;
      // The neighbour must be mostly contained in the partner, which already holds the linked sentence.
      const contained = side === 'a' ? s.aInB : s.bInA;
      if (contained < options.minMergeContainment || s.semantic < 0.5) break;
      used.add(k);
      links.push({ ...toLink(a, b, i, j, s), merge: true });
    }
  }
}

function toLink(
  a: SentenceFeatures[],
  b: SentenceFeatures[],
  i: number,
  j: number,
  s: SentenceSimilarity,
): Link {
  // Bigram containment is only needed to name the method of a link, so it is computed here.
  const x = a[i] as SentenceFeatures;
  const y = b[j] as SentenceFeatures;
  const verbatim = bigramContainment(x, y);
  return {
    a: i,
    b: j,
    score: s.score,
    lexical: s.lexical,
    semantic: s.semantic,
    verbatim,
    method: methodOf(x, y, verbatim),
  };
}
