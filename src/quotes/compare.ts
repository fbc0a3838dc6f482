// How a second version of a quotation differs from the first: identical, cosmetic, truncated, extended or altered.
import { wordDiff } from '../report/word-diff.ts';
import type { DiffPart, VariantKind } from './types.ts';

/**
 * The words of a quotation for comparison: lowercased, apostrophes unified, punctuation and
 * ellipses dropped, hyphenated words split ("10-yard" → 10, yard) so that "10-yard" and "10th yard"
 * differ by a word, not by punctuation.
 */
export function quoteWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  ).filter((w) => w !== "'");
}

/** Spelling variants that are not a change of words: colour/color, realise/realize, one typo in a long word. */
function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const us = (w: string) => w.replace(/our(s?)$/, 'or$1').replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (us(a) === us(b)) return true;
  return a.length >= 6 && b.length >= 6 && editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** True when `part`'s words occur in `whole` as one run. */
function isRun(part: string[], whole: string[]): boolean {
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++)
      if (!sameSpelling(whole[i + k] as string, part[k] as string)) continue outer;
    return true;
  }
  return false;
}

/** True when `part`'s words occur in `whole` in order, with gaps. */
function isSubsequence(part: string[], whole: string[]): boolean {
  let j = 0;
  for (const w of whole) if (j < part.length && sameSpelling(w, part[j] as string)) j++;
  return j === part.length;
}

/** Every character that marks a quotation or an apostrophe, in any convention. */
const quoteMark = /["'‘’‚‛“”„‟«»‹›`´＂]/g;

/**
 * A quotation's text with every quote mark as one `'` and the spaces beside marks dropped: a nested
 * quotation reads the same in `‘…’`, `“…”`, `'…'`, `‹ … ›` or ``` `…' ```, as each convention writes it.
 */
function markless(text: string): string {
  return text
    .replace(/''|``/g, "'")
    .replace(quoteMark, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ?' ?/g, "'")
    .trim();
}

/** An ellipsis or bracket marks a cut the writer owns up to ("not going … in a room"). */
const markedCut = /…|\.\.\.|\[/;

/**
 * Compares version `b` of a quotation with version `a`. Identical: the same characters (spaces and
 * quote-mark styles aside). Cosmetic: the same words, differing only in case, punctuation or
 * spelling. Truncated: b is a run of a's words (or keeps them in order with an ellipsis marking the
 * cut). Extended: the same the other way round. Altered: words were changed, added or dropped inside
 * the quotation marks.
 */
export function compareQuotes(a: string, b: string): { kind: VariantKind; diff: DiffPart[] } {
  const diff = wordDiff(a, b) as DiffPart[];
  if (markless(a) === markless(b)) return { kind: 'identical', diff };
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  if (wa.length === wb.length && wa.every((w, i) => sameSpelling(w, wb[i] as string)))
    return { kind: 'cosmetic', diff };
  // Words dropped from inside a quotation without a mark change what was said: that is altered.
  const cut = (part: string[], whole: string[], text: string) =>
    isRun(part, whole) || (markedCut.test(text) && isSubsequence(part, whole));
  if (wb.length < wa.length && cut(wb, wa, b)) return { kind: 'truncated', diff };
  if (wa.length < wb.length && cut(wa, wb, a)) return { kind: 'extended', diff };
  return { kind: 'altered', diff };
}
