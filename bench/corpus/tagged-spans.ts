// Tags the word spans of a sentence with their WordNet part of speech, using wink-nlp's tagger.

import type { WordnetPos } from '../../src/represent/wordnet.ts';
import { nlp } from '../../src/segment/nlp.ts';
import { type WordSpan, wordSpans } from './word-spans.ts';

/** A word span with its WordNet part of speech in this sentence, if it is a noun, verb, adjective or adverb. */
export interface TaggedSpan extends WordSpan {
  pos: WordnetPos | undefined;
}

const wordnetPosOf: Record<string, WordnetPos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/**
 * The word spans of a sentence with parts of speech from wink-nlp's tagger. Knowing that "charge" is a
 * noun in "a parking charge" keeps its synonym from being "accuse".
 * @example taggedSpans('A parking charge.').map((s) => s.pos) // [undefined, 'n', 'n']
 */
export function taggedSpans(sentence: string): TaggedSpan[] {
  const doc = nlp().readDoc(sentence);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(nlp().its.pos);
  // wink tokens are substrings of the sentence, in order; find where each starts.
  const starts: Array<{ start: number; end: number; pos: string }> = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = sentence.indexOf(value, cursor);
    if (start === -1) return;
    cursor = start + value.length;
    starts.push({ start, end: cursor, pos: tags[i] ?? '' });
  });
  return wordSpans(sentence).map((span) => {
    const token = starts.find((t) => t.start <= span.start && span.start < t.end);
    return { ...span, pos: token ? wordnetPosOf[token.pos] : undefined };
  });
}
