// Detects the names of an article: capitalised words that start neither a sentence nor a quotation.

import type { Article } from './article.ts';
import { splitSentences } from './sentences.ts';
import { wordSpans } from './word-spans.ts';

/**
 * Capitalised words that appear somewhere other than at the start of a sentence or of a quotation:
 * in this fictional news text those are names ("Tresswick", "Bexley") or name-like words ("Tuesday").
 * @example midSentenceCapitals({ headline: 'Rain', paragraphs: ['It rained in Oldmere.'] }) // {'Oldmere'}
 */
export function midSentenceCapitals(article: Article): Set<string> {
  const found = new Set<string>();
  for (const line of [article.headline, ...article.paragraphs]) {
    for (const sentence of splitSentences(line)) {
      wordSpans(sentence).forEach((span, i, spans) => {
        if (i === 0 || !/^\p{Lu}/u.test(span.word)) return;
        // “We are not doing this…” – the first word of a quotation starts a sentence too.
        const gap = sentence.slice(spans[i - 1]?.end ?? 0, span.start);
        if (!/[“"]\s*$/.test(gap)) found.add(span.word);
      });
    }
  }
  return found;
}
