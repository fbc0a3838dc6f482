// Articles that quote in single marks (British style: ‘…’ with “…” inside) are given the canonical
// marks, “…” with ‘…’ inside, so a quotation reads the same whichever convention an outlet follows.

/** A quotation's opening and closing mark; the closing one is -1 when its line ends first. */
type Pair = [number, number];

/**
 * A ’ followed by a letter or digit is an apostrophe inside a word (`don’t`, `Leith’s`); one that
 * touches a punctuation mark (`ready,’`, `’.`) or ends a line closes a quotation. A ’ after a word
 * and before a space may be either (`the workers’ union`, `‘we strike’ she said`).
 */
const wordChar = /[\p{L}\p{N}]/u;
const strongBefore = /[.,!?;:…—-]/;
const strongAfter = /[.,;:!?)\]}…—”]/;
/** A single mark before a decade (`‘90s`) or a clipped word is an apostrophe typed the wrong way. */
const elision = /^‘(?:\d\ds\b|(?:em|tis|twas|til|cause|cos|bout|round|n)(?![\p{L}\p{N}]))/iu;
/** Quotations of fewer words may be scare quotes or titles, which every convention puts in singles. */
const minWordsToDecide = 3;

/**
 * `text` (normalised: every mark curly, with its direction) with single and double marks swapped when
 * the article quotes in single marks: its single quotations of three words or more, outside any
 * double quotation, outnumber its double quotations outside any single one. Each single quotation's
 * marks become “ ”, and the double marks inside them ‘ ’; apostrophes stay ’. A quotation left open
 * at the end of its line is swapped too: news style leaves a quotation open when the next paragraph
 * goes on with it. Returns a string of the same length, so offsets into it stay true.
 */
export function singleQuotesAsPrimary(text: string): string {
  if (!text.includes('‘')) return text;
  const singles = pairs(text, '‘', closingSingle);
  const long = (p: Pair) => p[1] >= 0 && wordsIn(text, p) >= minWordsToDecide;
  // Most articles have no two long single quotations: they are settled without looking at doubles.
  if (singles.filter(long).length < 2) return text;
  const doubles = pairs(text, '“', (t, from, to) => {
    const j = t.indexOf('”', from);
    return j >= 0 && j < to ? j : -1;
  });
  const end = (p: Pair) => (p[1] >= 0 ? p[1] : lineEnd(text, p[0]));
  const inside = (p: Pair, o: Pair) => o[0] < p[0] && p[0] < end(o);
  const decisive = (own: Pair[], other: Pair[]) =>
    own.filter((p) => long(p) && !other.some((o) => inside(p, o))).length;
  const own = decisive(singles, doubles);
  if (own < 2 || own <= decisive(doubles, singles)) return text;
  // UTF-16 units, not code points: each mark is one unit, and joining restores any surrogate pair.
  const units = text.split('');
  for (const single of singles) {
    const [open, close] = single;
    units[open] = '“';
    if (close >= 0) units[close] = '”';
    for (const double of doubles) {
      if (!inside(double, single)) continue;
      units[double[0]] = '‘';
      if (double[1] >= 0 && double[1] < end(single)) units[double[1]] = '’';
    }
  }
  return units.join('');
}

/**
 * The quotations that `open` marks open in `text`, line by line: each opening mark in opening
 * position (after a line start, a space, a bracket, a dash or the other kind of quote) with the
 * closing mark `closing` finds before the line ends or the next quotation of this kind opens.
 */
function pairs(
  text: string,
  open: string,
  closing: (text: string, from: number, to: number) => number,
): Pair[] {
  const found: Pair[] = [];
  let i = text.indexOf(open);
  while (i >= 0) {
    const next = nextOpening(text, open, i + 1);
    if (opensHere(text, i, open)) {
      const to = Math.min(lineEnd(text, i), next < 0 ? text.length : next);
      found.push([i, closing(text, i + 1, to)]);
    }
    i = next;
  }
  return found;
}

function nextOpening(text: string, open: string, from: number): number {
  let i = text.indexOf(open, from);
  while (i >= 0 && !opensHere(text, i, open)) i = text.indexOf(open, i + 1);
  return i;
}

function opensHere(text: string, i: number, open: string): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (after === '' || /\s/.test(after)) return false;
  if (open === '‘' && elision.test(text.slice(i, i + 8))) return false;
  return before === '' || /[\s([{—“‘-]/.test(before);
}

/** The ’ that closes a single quotation opened before `from`: the first that touches punctuation, else the first after a word. */
function closingSingle(text: string, from: number, to: number): number {
  let weak = -1;
  for (let j = text.indexOf('’', from); j >= 0 && j < to; j = text.indexOf('’', j + 1)) {
    const before = text[j - 1] ?? '';
    const after = text[j + 1] ?? '';
    if (/\s/.test(before) || wordChar.test(after)) continue;
    if (strongBefore.test(before) || after === '' || after === '\n' || strongAfter.test(after)) return j;
    if (weak < 0) weak = j;
  }
  return weak;
}

function lineEnd(text: string, from: number): number {
  const j = text.indexOf('\n', from);
  return j < 0 ? text.length : j;
}

function wordsIn(text: string, [open, close]: Pair): number {
  return (text.slice(open + 1, close).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
