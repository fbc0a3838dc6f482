// Which derived pairs of a family are direct derivations, and which share text only through a
// third member: the family's derivation graph before its edges are given a direction.

/** How strongly two members are tied: the mean narrative evidence of their pair, 0–1. */
export type Strength = (a: string, b: string) => number;

/** A derived pair of members, either way round. */
export type Pair = [string, string];

/** A derived pair that shares its text through another member. */
export interface Explained {
  a: string;
  b: string;
  /** The member whose text holds what `a` and `b` share. */
  through: string;
}

/** The family as a graph: the direct derivations, and the pairs explained through a third. */
export interface Skeleton {
  edges: Pair[];
  explained: Explained[];
}

/** One key for both orders of a pair. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Each member's neighbours along `edges`. */
export function neighboursOf(edges: Pair[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const [x, y] of edges) {
    neighbours.set(x, [...(neighbours.get(x) ?? []), y]);
    neighbours.set(y, [...(neighbours.get(y) ?? []), x]);
  }
  return neighbours;
}

/** Ties this close are a near tie, settled towards the original (a verbatim copy ties with its source). */
const nearTie = 0.05;

/**
 * Takes the derived pairs weakest first and sets a pair aside as explained when a third member,
 * still joined to both, holds what the two share (`explains(x, y, z)`): a chain's two ends, or two
 * copies of one source. The pairs left are direct derivations; a copy joined to several of them has
 * several sources (a compilation). Setting aside only a pair whose two members stay joined through
 * the third keeps the family in one piece, and the weakest-first order lets the stronger ties
 * explain the weaker ones, as in a maximum spanning tree. On a near tie the member nearer the
 * original (earlier in `order`, the order of originality) keeps its tie: y is taken from x rather
 * than from z when its ties to the two are within 0.05 and x comes first. Ties of strength go by name.
 */
export function familySkeleton(
  pairs: Pair[],
  strength: Strength,
  explains: (x: string, y: string, through: string) => boolean,
  order: string[],
): Skeleton {
  const key = pairKey;
  const rank = new Map(order.map((m, i) => [m, i]));
  const before = (x: string, y: string) => (rank.get(x) ?? order.length) < (rank.get(y) ?? order.length);
  const present = new Set(pairs.map(([x, y]) => key(x, y)));
  const sorted = pairs
    .map(([x, y]) => ({ x, y, s: strength(x, y) }))
    .sort((p, q) => p.s - q.s || key(p.x, p.y).localeCompare(key(q.x, q.y)));
  /** Whether the near tie of (x, z) or (z, y) with (x, y) should rather set that pair aside. */
  const yields = (x: string, y: string, z: string, s: number) =>
    (strength(z, y) < s + nearTie && before(x, z)) || (strength(x, z) < s + nearTie && before(y, z));
  const explained: Explained[] = [];
  for (const { x, y, s } of sorted) {
    const through = order.find(
      (z) =>
        z !== x &&
        z !== y &&
        present.has(key(x, z)) &&
        present.has(key(z, y)) &&
        !yields(x, y, z, s) &&
        explains(x, y, z),
    );
    if (through === undefined) continue;
    present.delete(key(x, y));
    explained.push({ a: x, b: y, through });
  }
  return { edges: pairs.filter(([x, y]) => present.has(key(x, y))), explained };
}

/** The members strictly between two members on the shortest path of `edges` (empty when adjacent or apart). */
export function pathBetween(edges: Pair[], from: string, to: string): string[] {
  const neighbours = neighboursOf(edges);
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined && !previous.has(to); at = queue.shift()) {
    for (const next of neighbours.get(at) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, at);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return [];
  const path: string[] = [];
  for (let at = previous.get(to) as string; at !== from; at = previous.get(at) as string) path.unshift(at);
  return path;
}
