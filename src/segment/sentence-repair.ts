// Repairs wink-nlp's sentence boundaries where news text trips it up.
import type { Token } from './types.ts';

/**
 * Joins and splits wink's sentences (each a token list):
 * - a sentence starting with a lowercase word joins the one before: wink ends a sentence at `?”`
 *   even when an attribution follows (`“Why?”` + `she asked.`);
 * - a sentence starting with a digit joins one that ends in a digit and a full stop: wink cuts
 *   "7.14am" and "3.5 million" at the decimal point;
 * - a sentence is split after a time token that swallowed the full stop (`8am.`) when a capitalised
 *   word follows: "Police arrived at 8am. Shares rose."
 */
export function repairSentences(sentences: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const sentence of sentences.flatMap(splitAfterTimes)) {
    const previous = out[out.length - 1];
    if (previous && (startsLowercase(sentence) || continuesNumber(previous, sentence)))
      previous.push(...sentence);
    else out.push([...sentence]);
  }
  return out;
}

function splitAfterTimes(tokens: Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  tokens.forEach((token, i) => {
    (pieces[pieces.length - 1] as Token[]).push(token);
    const next = tokens[i + 1];
    if (next && /^\d{1,2}(?:[.:]\d{2})?[ap]m\.$/i.test(token.text) && /^\p{Lu}/u.test(next.text))
      pieces.push([]);
  });
  return pieces.filter((p) => p.length > 0);
}

function startsLowercase(tokens: Token[]): boolean {
  const first = tokens.find((t) => t.type !== 'punctuation');
  return first !== undefined && /^\p{Ll}/u.test(first.text);
}

function continuesNumber(previous: Token[], tokens: Token[]): boolean {
  const last = previous[previous.length - 1]?.text ?? '';
  const before = previous[previous.length - 2]?.text ?? '';
  return /^\d/.test(tokens[0]?.text ?? '') && (/\d\.$/.test(last) || (last === '.' && /\d$/.test(before)));
}
