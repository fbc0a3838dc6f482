// Rows that set a copy beside its original: aligned sentences together, additions and omissions alone.
import type { Link, Method } from '../align/types.ts';

/** One row of the side-by-side view. Sentence indexes refer to each article's sentence list. */
export type SideBySideRow =
  | { kind: 'aligned'; method: Method; original: number[]; copy: number; score: number }
  | { kind: 'added'; copy: number }
  | { kind: 'omitted'; original: number };

/**
 * Walks the copy in order: each copy sentence with the original sentence(s) linked to it, or alone
 * as an addition. Original sentences linked to nothing are omissions, placed after the row that
 * shows the original sentence before them, so they appear where the copy cut them.
 */
export function sideBySideRows(
  links: Link[],
  originalLength: number,
  copyLength: number,
  copyIsB: boolean,
): SideBySideRow[] {
  const orig = (l: Link) => (copyIsB ? l.a : l.b);
  const copy = (l: Link) => (copyIsB ? l.b : l.a);
  const rows: SideBySideRow[] = [];
  for (let j = 0; j < copyLength; j++) {
    const linked = links.filter((l) => copy(l) === j);
    if (linked.length === 0) rows.push({ kind: 'added', copy: j });
    else {
      const best = linked.reduce((x, y) => (y.score > x.score ? y : x));
      rows.push({
        kind: 'aligned',
        method: best.method,
        original: linked.map(orig).sort((x, y) => x - y),
        copy: j,
        score: best.score,
      });
    }
  }
  const used = new Set(links.map(orig));
  for (let i = 0; i < originalLength; i++) {
    if (used.has(i)) continue;
    const at = rows.findLastIndex(
      (r) =>
        (r.kind === 'aligned' && r.original.includes(i - 1)) ||
        (r.kind === 'omitted' && r.original === i - 1),
    );
    rows.splice(at + 1, 0, { kind: 'omitted', original: i });
  }
  return rows;
}
