// Sparse document vectors: the content terms of an article weighted by how informative they are.
import type { RepresentedArticle } from '../represent/types.ts';

/** Term → weight, L2-normalised. */
export type DocumentVector = Map<string, number>;

/**
 * Builds an article's vector: each content term weighted by tf × information weight, so shared
 * names and rare words dominate and "said" or "year" count little. Headings are included.
 */
export function documentVector(article: RepresentedArticle): DocumentVector {
  const vector: DocumentVector = new Map();
  for (const f of article.features) {
    f.terms.forEach((term, i) => {
      vector.set(term, (vector.get(term) ?? 0) + (f.weights[i] as number));
    });
  }
  let norm = 0;
  for (const w of vector.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}
