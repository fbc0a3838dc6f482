// Character classes and replacements used to normalise news text.

/** Spaces of every width, including no-break spaces, become one ASCII space. */
export const spaceLike = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/** Invisible characters that only break word matching: zero-width spaces, BOM, soft hyphen. */
export const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

const openDouble = new Set(['“', '„', '‟', '«', '〝']);
const closeDouble = new Set(['”', '»', '〞', '＂']);
const openSingle = new Set(['‘', '‚', '‛', '‹']);
const closeSingle = new Set(['’', '›', '′']);
const dashes = new Set(['‒', '–', '—', '―', '⸺', '⸻']);
const hyphens = new Set(['‐', '‑', '−']);

/**
 * The normalised form of one character given its neighbours: curly quotes with direction
 * (`"Yes," he said` → `“Yes,” he said`), apostrophes as ’, hyphen variants as `-`, en dash between
 * digits as `-` (`9–11`), other dashes as `—`.
 */
export function normalizeChar(ch: string, before: string, after: string): string {
  if (ch === '"' || ch === '＂') return opensQuote(before, after) ? '“' : '”';
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

/** A straight quote opens when it follows a space, a line start or an opening bracket or dash. */
function opensQuote(before: string, after: string): boolean {
  return (before === '' || /[\s([{\u2014\u2013-]/.test(before)) && after !== '' && !/\s/.test(after);
}
