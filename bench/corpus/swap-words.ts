// Rewrites the words of one sentence with synonyms and reporting-verb variants, as an article spinner does.

import { pickQuotedWords } from './quotes.ts';
import type { Random } from './random.ts';
import { reportingVariants } from './reporting-verbs.ts';
import { isKnownContentWord, isSwappable, pickSynonym } from './synonyms.ts';
import { taggedSpans } from './tagged-spans.ts';
import { replaceSpans, type WordSpan } from './word-spans.ts';

/**
 * Rewrites the words of one sentence: `rate` (0–1) of its swappable words outside quotations get a
 * synonym, "said" may become "stated" and similar; inside a quotation only when `editQuotes`, and then
 * one or two words.
 * @example swapWords('The council said the levy would rise.', 0.5, false, random)
 * // 'The council stated the levy would go up.'
 */
export function swapWords(sentence: string, rate: number, editQuotes: boolean, random: Random): string {
  const spans = taggedSpans(sentence);
  const outside = spans.filter((s) => !s.quoted && isSwappable(sentence, s));
  // The rate counts every content word WordNet knows, also those it offers no synonym for ("council"),
  // so the words that do have one are replaced more often than `rate`.
  const known = spans.filter((s) => !s.quoted && isKnownContentWord(s)).length;
  const chosen = random.shuffle(outside).slice(0, Math.max(1, Math.round(rate * known)));
  if (editQuotes) chosen.push(...pickQuotedWords(sentence, spans, random));
  const replacements: Array<{ span: WordSpan; text: string }> = [];
  for (const span of chosen) {
    const text = pickSynonym(span, random);
    if (text !== undefined) replacements.push({ span, text });
  }
  for (const span of spans) {
    const variants = span.quoted ? undefined : reportingVariants[span.word];
    if (variants && random.chance(0.9)) replacements.push({ span, text: random.pick(variants) });
  }
  return replaceSpans(sentence, replacements);
}
