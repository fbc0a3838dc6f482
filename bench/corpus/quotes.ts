// Tweaks quotations in a paraphrase: most stay verbatim, the rest get one or two words changed.

import type { Random } from './random.ts';
import { isSwappable } from './synonyms.ts';
import type { TaggedSpan } from './tagged-spans.ts';

/**
 * Whether a paraphrase edits the quotations of `sentence`: never when it has no quotation mark, else with
 * probability 0.3, so 70% of quotations stay verbatim. Draws from `random` only when there is a mark.
 * @example editsQuotes('“We will,” she said.', random)
 */
export function editsQuotes(sentence: string, random: Random): boolean {
  return /[“"]/.test(sentence) && !random.chance(0.7);
}

/**
 * One or two swappable words (fewer if there are fewer) from inside the quotations of `sentence`, drawn
 * at random from its tagged `spans`.
 * @example pickQuotedWords(sentence, taggedSpans(sentence), random)
 */
export function pickQuotedWords(sentence: string, spans: TaggedSpan[], random: Random): TaggedSpan[] {
  const inside = spans.filter((s) => s.quoted && isSwappable(sentence, s));
  return random.shuffle(inside).slice(0, random.int(1, 2));
}
