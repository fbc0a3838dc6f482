// The numbers an article states, compared by value and what they count, and shown as written.
import { numbersIn } from '../represent/numbers.ts';
import type { Sentence, Token } from '../segment/types.ts';

/** A number: its canonical value, what it counts ("" when nothing says), and how the article writes it. */
export interface StatedNumber {
  value: string;
  unit: string;
  text: string;
}

/** Parts of speech of the words after a number that say what it counts or measures. */
const unitPos = new Set(['NOUN', 'NUM', 'SYM']);
const clock = /^(?:a\.m\.|p\.m\.|am|pm|%)$/i;

/**
 * The numbers of a sentence that are facts: digits and number words, but not "one" (mostly a pronoun:
 * "no one", "one of them") nor digits inside a name ("B3390", "COVID-19"), which names.ts reads.
 */
export function numbersStated(sentence: Sentence): StatedNumber[] {
  const out: StatedNumber[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    if (token.lower === 'one' || /^\p{L}+[\d-]*\d/u.test(token.text)) return;
    // A clock time is one number ("4:15"), not two.
    const values = /^\d{1,2}:\d\d$/.test(token.text) ? [token.text] : numbersIn(token.lower);
    if (values.length === 0) return;
    const { text, unit } = written(tokens, i);
    for (const value of values) out.push({ value, unit, text });
  });
  return out;
}

/**
 * Whether two numbers can state the same fact: the same value counting the same thing, or a value
 * that one of them states without saying what it counts. "10 a.m." is not the "10-yard line".
 */
export function sameNumber(a: StatedNumber, b: StatedNumber): boolean {
  return a.value === b.value && (a.unit === b.unit || a.unit === '' || b.unit === '');
}

/**
 * A number as written, with a currency sign before it and the words after it up to what it counts
 * ("£1.8 million", "six school buses", "3 a.m."), and that thing's lemma as its unit.
 */
function written(tokens: Token[], i: number): { text: string; unit: string } {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  const sign = before && /^[£$€¥]$/.test(before.text) ? before.text : '';
  const after: Token[] = [];
  // "10-yard line": the tokenizer splits the hyphen off.
  const from = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  for (let j = from; j < tokens.length && after.length < 3; j++) {
    const t = tokens[j] as Token;
    if (!unitPos.has(t.pos) && t.pos !== 'ADJ' && !clock.test(t.text)) break;
    after.push(t);
  }
  while (after.length > 0 && (after[after.length - 1] as Token).pos === 'ADJ') after.pop();
  const counted = after.find((t) => t.pos === 'NOUN' || clock.test(t.text));
  // "a.m.", "am" and "AM" are one unit (wink reads "am" as the verb "be").
  const unit = (counted && clock.test(counted.text) ? counted.text : (counted?.lemma ?? ''))
    .toLowerCase()
    .replace(/\./g, '');
  const joint = from === i + 2 ? '-' : ' ';
  const words = after.map((t) => t.text).join(' ');
  return { text: `${sign}${token.text}${words ? joint : ''}${words}`, unit };
}
