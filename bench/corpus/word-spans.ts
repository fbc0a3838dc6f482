// Locates the words of a sentence as spans, and splices replacement words back in at those spans.

import { quoteDepth } from './sentences.ts';

/** A word of a sentence and where it sits. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * The letter runs of a sentence, with whether each sits inside quotation marks.
 * @example wordSpans('It said “no”.').map((s) => s.quoted) // [false, false, true]
 */
export function wordSpans(sentence: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of sentence.matchAll(/\p{L}+/gu)) {
    const start = match.index;
    spans.push({
      word: match[0],
      start,
      end: start + match[0].length,
      quoted: quoteDepth(sentence.slice(0, start)) > 0,
    });
  }
  return spans;
}

/**
 * Rebuilds `sentence` with some of its word spans replaced (spans must not overlap), keeping "a"/"an"
 * before a replaced word in agreement with it.
 * @example
 * const sentence = 'It was an estimate.';
 * replaceSpans(sentence, [{ span: wordSpans(sentence)[3], text: 'guess' }]) // 'It was a guess.'
 */
export function replaceSpans(
  sentence: string,
  replacements: Array<{ span: WordSpan; text: string }>,
): string {
  let result = sentence;
  for (const { span, text } of [...replacements].sort((a, b) => b.span.start - a.span.start)) {
    let before = result.slice(0, span.start);
    // Keep the article agreeing with the new word: "an estimate" → "a guess".
    const article = /\b([Aa])n? $/.exec(before);
    if (article) {
      const an = /^[aeiou]/i.test(text) ? 'n' : '';
      before = `${before.slice(0, article.index)}${article[1]}${an} `;
    }
    result = before + text + result.slice(span.end);
  }
  return result;
}
