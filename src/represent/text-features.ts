// Features of a free-standing text (a sentence of a pair file, one or a few sentences) as one unit.
import { normalize } from '../normalize/index.ts';
import { segment } from '../segment/index.ts';
import { sentenceFeatures } from './features.ts';
import type { SentenceFeatures } from './types.ts';

/** Normalises and tokenises `text` and computes the features of all its sentences taken together. */
export function textFeatures(text: string): SentenceFeatures {
  const article = segment(normalize({ id: 'text', path: '-', text, meta: {} }));
  const tokens = article.sentences.flatMap((s) => s.tokens);
  return sentenceFeatures({
    index: 0,
    text: article.text,
    start: 0,
    end: article.text.length,
    paragraph: 0,
    heading: false,
    tokens,
  });
}
