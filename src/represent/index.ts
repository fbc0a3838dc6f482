// The represent stage: features of every sentence, and sentence-encoder vectors on demand.
import type { SegmentedArticle } from '../segment/types.ts';
import { sentenceFeatures } from './features.ts';
import { encodeInParallel } from './sentence-encoder-pool.ts';
import type { RepresentedArticle } from './types.ts';

export type { RepresentedArticle, SentenceFeatures } from './types.ts';

/** Adds cheap per-sentence features (terms, anchors, GloVe SIF vector) to a segmented article. */
export function represent(article: SegmentedArticle): RepresentedArticle {
  return { ...article, features: article.sentences.map(sentenceFeatures) };
}

/**
 * Adds Universal Sentence Encoder vectors to the sentences of these articles that lack one, in place.
 * Async and ~100× costlier than `represent`, so the pipeline calls it only for articles that survived
 * candidate pruning.
 */
export async function addSentenceVectors(articles: RepresentedArticle[]): Promise<void> {
  const missing: Array<{ article: RepresentedArticle; index: number }> = [];
  for (const article of articles) {
    article.features.forEach((f, index) => {
      if (!f.use) missing.push({ article, index });
    });
  }
  if (missing.length === 0) return;
  const vectors = await encodeInParallel(
    missing.map(({ article, index }) => (article.sentences[index] as { text: string }).text),
  );
  missing.forEach(({ article, index }, i) => {
    (article.features[index] as { use?: number[] }).use = vectors[i];
  });
}
