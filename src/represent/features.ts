// Computes the features of one sentence.
import { isWordToken } from '../segment/sentences.ts';
import type { Sentence } from '../segment/types.ts';
import { numbersIn } from './numbers.ts';
import { sifVector } from './sif.ts';
import { isContentToken, termOf } from './terms.ts';
import type { SentenceFeatures } from './types.ts';
import { wordVectors } from './word-vectors.ts';
import { informationWeight } from './word-weights.ts';

/** Features of a sentence without the (costly, async) sentence-encoder vector. */
export function sentenceFeatures(sentence: Sentence): SentenceFeatures {
  const wordTokens = sentence.tokens.filter(isWordToken);
  const words = wordTokens.map((t) => t.lower);
  const terms: string[] = [];
  const termWords: string[] = [];
  const weights: number[] = [];
  const ranks: number[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const token of wordTokens) {
    for (const n of numbersIn(token.lower)) numbers.add(n);
    if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) names.add(token.lower);
    if (!isContentToken(token)) continue;
    const term = termOf(token);
    if (term === '' || terms.includes(term)) continue;
    terms.push(term);
    termWords.push(token.lower);
    weights.push(informationWeight(token.lower));
    ranks.push(wordVectors().rank(token.lower) ?? -1);
  }
  const quoted = wordTokens.length === 0 ? 0 : wordTokens.filter((t) => t.quoted).length / wordTokens.length;
  return {
    words,
    terms,
    termWords,
    ranks,
    weights,
    names: [...names],
    numbers: [...numbers],
    quoted,
    sif: sifVector(words),
  };
}
