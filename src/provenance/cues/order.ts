// Direction evidence from sentence order: the source's order is the one its other copies keep.
import type { Cue } from '../types.ts';

/** Log-odds for the member whose order the rest of the family shares. */
const weight = 1.5;
/** Least difference of mean in-order share for the cue to count. */
const minLead = 0.1;

/**
 * `inOrder(x, y)` is the share of x–y links that keep one order (undefined when x and y were not
 * compared). When `p` keeps the same sentence order as the family's other members and `c` does not,
 * `c` is the one that moved text around: copies rarely restore an order they never saw.
 */
export function orderCue(
  p: string,
  c: string,
  others: string[],
  inOrder: (x: string, y: string) => number | undefined,
): Cue | undefined {
  const pairs = others
    .map((z) => ({ z, p: inOrder(p, z), c: inOrder(c, z) }))
    .filter((x): x is { z: string; p: number; c: number } => x.p !== undefined && x.c !== undefined);
  if (pairs.length === 0) return undefined;
  const mp = pairs.reduce((s, x) => s + x.p, 0) / pairs.length;
  const mc = pairs.reduce((s, x) => s + x.c, 0) / pairs.length;
  if (Math.abs(mp - mc) < minLead) return undefined;
  const [keeps, moves, mk, mm] = mp > mc ? [p, c, mp, mc] : [c, p, mc, mp];
  return {
    kind: 'order',
    logit: mp > mc ? weight : -weight,
    evidence: `${keeps} has the sentence order the family's other members keep (${Math.round(mk * 100)}% of their aligned sentences in order, against ${Math.round(mm * 100)}% for ${moves}): ${moves} moved text around`,
  };
}
