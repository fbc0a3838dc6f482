// Reshapes a paragraph's sentences for a paraphrase: splits long ones, merges and swaps neighbours.

import { capitalise, decapitalise } from './capitalise.ts';
import type { Random } from './random.ts';
import { quoteDepth } from './sentences.ts';

const subjectStarts = new Set('the he she it they we its his her their this there'.split(' '));
const pronounStarts = /^(He|She|It|They|This|These|Those|Its|His|Her|Their|But|However|Also)\b/;

/** Splits a long sentence at ", which ", ", while " or " and " into two, or returns it whole. */
function splitLong(sentence: string): string[] {
  const wordCount = sentence.split(' ').length;
  if (wordCount < 20) return [sentence];
  for (const match of sentence.matchAll(/(, which |, while |,? and )(\p{L}+)/gu)) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + (match[1]?.length ?? 0));
    if (quoteDepth(before) > 0 || before.split(' ').length < 6 || after.split(' ').length < 6) continue;
    if (!/[.?!]$/.test(after) || /[“"]/.test(after.slice(0, 1))) continue;
    const joint = match[1]?.trim();
    if (joint === ', which' && !after.includes(',')) return [`${before}.`, `It ${after}`];
    if (joint === ', while') return [`${before}.`, `Meanwhile, ${after}`];
    if (joint?.endsWith('and') && subjectStarts.has(match[2] ?? '')) return [`${before}.`, capitalise(after)];
  }
  return [sentence];
}

/** Joins two sentences with ", and " or "; ", or returns undefined when they do not join cleanly. */
function merge(a: string, b: string, names: Set<string>, random: Random): string | undefined {
  // A sentence ending in a quotation ('…,” he said.' ends in "."; '“We will.”' does not) stays whole.
  if (!a.endsWith('.') || /^[“"]/.test(b)) return undefined;
  if (a.split(' ').length + b.split(' ').length > 55) return undefined;
  return `${a.slice(0, -1)}${random.pick([', and ', '; '])}${decapitalise(b, names)}`;
}

/**
 * Applies the sentence-order operators of a paraphrase to one paragraph's sentences: ~10% of long ones
 * split, ~15% of adjacent pairs merge, ~10% of neighbours swap. Names in `names` keep their capital.
 * @example reshapeParagraph(splitSentences(paragraph), names, random).join(' ')
 */
export function reshapeParagraph(sentences: string[], names: Set<string>, random: Random): string[] {
  const split = sentences.flatMap((s) => (random.chance(0.1) ? splitLong(s) : [s]));
  const merged: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const a = split[i] as string;
    const b = split[i + 1];
    const joined = b !== undefined && random.chance(0.15) ? merge(a, b, names, random) : undefined;
    merged.push(joined ?? a);
    if (joined !== undefined) i++;
  }
  for (let i = 0; i + 1 < merged.length; i++) {
    const a = merged[i] as string;
    const b = merged[i + 1] as string;
    // A sentence that opens with a pronoun leans on the one before it, so it keeps its place.
    if (!pronounStarts.test(a) && !pronounStarts.test(b) && random.chance(0.1)) {
      merged[i] = b;
      merged[i + 1] = a;
      i++;
    }
  }
  return merged;
}
