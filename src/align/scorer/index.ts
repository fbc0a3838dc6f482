// The sentence-pair scorer: a graded similarity, a trained paraphrase verdict, and its reasons.
import type { SentenceFeatures } from '../../represent/types.ts';
import { gradedSimilarity, sentenceSimilarity } from '../sentence-similarity.ts';
import { bundledModel, paraphraseProbability, type ScorerModel } from './model.ts';
import { pairFeatures } from './pair-features.ts';
import { pairReasons } from './reasons.ts';

export type { ScorerModel, SemanticMode } from './model.ts';

/** The scorer's judgement of a sentence pair. */
export interface PairScore {
  /**
   * Graded similarity, 0–1 (`gradedSimilarity`): the mean of lexical overlap (information-weighted
   * share of content matched by word, lemma or WordNet synonym) and meaning similarity
   * (sentence-encoder cosine when both sentences have encoder vectors, else GloVe SIF cosine).
   */
  score: number;
  /** Probability that the two are paraphrases, from the model trained on MSRP. */
  probability: number;
  /** `probability` at or above the model's threshold. */
  paraphrase: boolean;
  reasons: string[];
}

/**
 * Scores two sentences (features from `textFeatures` or an article's `features`). The model variant
 * follows the input: with encoder vectors on both sides, the variant trained with them.
 */
export function scorePair(
  a: SentenceFeatures,
  b: SentenceFeatures,
  model: ScorerModel = bundledModel(),
): PairScore {
  const encoder = a.use !== undefined && b.use !== undefined;
  const { score, lexical, semantic } = sentenceSimilarity(a, b, gradedSimilarity);
  const probability = paraphraseProbability(encoder ? model.use : model.glove, pairFeatures(a, b));
  return {
    score,
    probability,
    paraphrase: probability >= model.threshold,
    reasons: pairReasons(a, b, lexical, semantic, encoder ? 'sentence encoder' : 'GloVe SIF'),
  };
}
