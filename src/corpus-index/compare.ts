// Compares a new article with its candidates: each pair aligned and classified, as analyze does.
import { align } from '../align/index.ts';
import { documentVector } from '../candidates/document-vector.ts';
import { classify, type PairVerdict } from '../classify/index.ts';
import { addSentenceVectors } from '../represent/index.ts';
import type { RepresentedArticle } from '../represent/types.ts';

/** Document cosine of two articles' weighted content terms. */
function cosine(a: RepresentedArticle, b: RepresentedArticle): number {
  const va = documentVector(a);
  let sum = 0;
  for (const [term, w] of documentVector(b)) sum += w * (va.get(term) ?? 0);
  return sum;
}

/** Verdicts of `article` with each earlier article (`a` is the earlier one, as in analyze). */
export async function compareWith(
  article: RepresentedArticle,
  earlier: RepresentedArticle[],
  semantic: 'glove' | 'use',
): Promise<PairVerdict[]> {
  if (semantic === 'use' && earlier.length > 0) await addSentenceVectors([article, ...earlier]);
  return earlier.map((other) => classify(align(other, article), other, article, cosine(other, article)));
}
