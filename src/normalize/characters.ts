// Character classes and replacements used to normalise news text.
import { plainQuoteStyle, type QuoteStyle } from './quote-style.ts';

/** Spaces of every width, including no-break spaces, become one ASCII space. */
export const spaceLike = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/** Invisible characters that only break word matching: zero-width spaces, BOM, soft hyphen. */
export const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

const openDouble = new Set(['“', '„', '‟', '〝']);
const closeDouble = new Set(['”', '〞', '＂']);
const openSingle = new Set(['‘', '‚', '‛']);
const closeSingle = new Set(['’', '′']);
const dashes = new Set(['‒', '–', '—', '―', '⸺', '⸻']);
const hyphens = new Set(['‐', '‑', '−']);

/** Characters that stand for a single quote mark or an apostrophe, however typed. */
const singleMarks = new Set(["'", '`', '´', '‘', '’']);

/**
 * The normalised form of one character given its neighbours and the article's quote style: curly
 * quotes with direction (`"Yes," he said` → `“Yes,” he said`; `«Oui»`, `»Ja«` and `„Ja“` →
 * `“…”`), apostrophes as ’, hyphen variants as `-`, en dash between digits as `-` (`9–11`), other
 * dashes as `—`.
 */
export function normalizeChar(
  ch: string,
  before: string,
  after: string,
  style: QuoteStyle = plainQuoteStyle,
): string {
  if (ch === '"' || ch === '＂') return opensQuote(before, after) ? '“' : '”';
  if (ch === '«' || ch === '»') return ch === style.guillemetOpens ? '“' : '”';
  if (ch === '‹' || ch === '›') return ch === style.singleGuillemetOpens ? '‘' : '’';
  if (style.lowOpens && ch === '“') return '”';
  if (style.lowOpens && ch === '‘') return '’';
  if (openDouble.has(ch)) return '“';
  if (closeDouble.has(ch)) return '”';
  if (ch === "'" || ch === '`' || ch === '´')
    return opensQuote(before, after) && !/\d/.test(after) ? '‘' : '’';
  if (openSingle.has(ch)) return '‘';
  if (closeSingle.has(ch)) return '’';
  if (hyphens.has(ch)) return '-';
  if (dashes.has(ch)) return ch === '–' && /\d/.test(before) && /\d/.test(after) ? '-' : '—';
  return ch;
}

/**
 * Two single marks in a row stand for a double one, as newspaper archives and LDC corpora write
 * quotations (`''ready to lead,''`, ``` ``ready to lead,'' ```); a third is a nested quotation's mark
 * beside it (`'''` closes the single then the double, or opens the double then the single). Returns
 * how many characters of `text` from `at` form such a run (0 when none) and their normalised marks.
 * `before` is the character before the run. A run between two letters is apostrophes, not a quote.
 */
export function doubledQuote(text: string, at: number, before: string): { length: number; marks: string } {
  if (!singleMarks.has(text[at] as string)) return noRun;
  let length = 0;
  while (length < 3 && singleMarks.has(text[at + length] as string)) length++;
  const after = text[at + length] ?? '';
  if (length < 2 || (/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)))
    return { length: 0, marks: '' };
  const opens = text[at] === '`' || opensQuote(before, /\s/.test(after) ? ' ' : after);
  const marks = length === 2 ? (opens ? '“' : '”') : opens ? '“‘' : '’”';
  return { length, marks };
}

const noRun = { length: 0, marks: '' };

/** A straight quote opens when it follows a space, a line start or an opening bracket or dash. */
function opensQuote(before: string, after: string): boolean {
  return (before === '' || /[\s([{\u2014\u2013-]/.test(before)) && after !== '' && !/\s/.test(after);
}
