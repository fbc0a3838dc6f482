// Finds article pairs worth aligning without comparing every pair: an inverted index over terms.
import type { DocumentVector } from './document-vector.ts';

/** A pair of articles (indexes into the input, a < b) with their document cosine. */
export interface CandidatePair {
  a: number;
  b: number;
  cosine: number;
}

export interface CandidateOptions {
  /** Least document cosine for a pair to be aligned. Default 0.1. */
  minCosine: number;
  /** A term in more than this share of the articles is skipped as a pruning key (still inside cosines of kept pairs it is not counted). Default 0.2, never below 50 articles. */
  maxDocumentShare: number;
  /** Neighbours kept per article, best first. Default 50. */
  maxNeighbours: number;
}

export const defaultCandidateOptions: CandidateOptions = {
  minCosine: 0.1,
  maxDocumentShare: 0.2,
  maxNeighbours: 50,
};

/**
 * Candidate pairs by sparse dot products over an inverted index: each article's vector is only
 * multiplied with the postings of its own terms, so the work grows with the number of articles that
 * share a term, not with all pairs. Very common terms are dropped from the index (they would make
 * every pair a candidate) once the input is large enough for that to matter.
 */
export function candidatePairs(
  vectors: DocumentVector[],
  options: CandidateOptions = defaultCandidateOptions,
): CandidatePair[] {
  const maxPostings = Math.max(50, Math.floor(vectors.length * options.maxDocumentShare));
  const postings = new Map<string, Array<{ doc: number; weight: number }>>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      if (list.length === 0) postings.set(term, list);
      list.push({ doc, weight });
    }
  });
  const pairs: CandidatePair[] = [];
  vectors.forEach((vector, doc) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of vector) {
      const list = postings.get(term) as Array<{ doc: number; weight: number }>;
      if (list.length > maxPostings) continue;
      for (const posting of list) {
        if (posting.doc <= doc) continue;
        scores.set(posting.doc, (scores.get(posting.doc) ?? 0) + weight * posting.weight);
      }
    }
    const kept = [...scores]
      .filter(([, cosine]) => cosine >= options.minCosine)
      .sort((x, y) => y[1] - x[1])
      .slice(0, options.maxNeighbours);
    for (const [other, cosine] of kept) pairs.push({ a: doc, b: other, cosine });
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
