// Arranges a family of derived articles as a tree from its original, so siblings and chains show.

/** How strongly two members are tied: the mean narrative evidence of their pair, 0–1. */
export type Strength = (a: string, b: string) => number;

export interface TreeEdge {
  parent: string;
  child: string;
}

/**
 * A maximum spanning tree grown from `root` (Prim): the member most strongly tied to the tree joins
 * next, under the tree member it is most tied to. Copies of one source resemble the source more
 * than each other, so siblings hang from the source and a copy of a copy hangs from its copy.
 * A near tie (within `tolerance`) goes to the member nearer the root: a verbatim copy of the
 * original is as close to everything as the original is, and the original came first.
 * `admissible(parent, child, ancestors)` can rule a parent out (see retention.ts); `ancestors`
 * runs from the parent's parent up to the root.
 */
export function familyTree(
  members: string[],
  root: string,
  strength: Strength,
  tolerance = 0.05,
  admissible: (parent: string, child: string, ancestors: string[]) => boolean = () => true,
): TreeEdge[] {
  const parentOf = new Map<string, string>();
  const depth = new Map([[root, 0]]);
  const ancestorsOf = (x: string) => {
    const chain: string[] = [];
    for (let p = parentOf.get(x); p !== undefined; p = parentOf.get(p)) chain.push(p);
    return chain;
  };
  const edges: TreeEdge[] = [];
  const pick = (check: boolean) => {
    let next: { child: string; parent: string; score: number } | undefined;
    for (const child of members) {
      if (depth.has(child)) continue;
      const ties = [...depth.keys()]
        .map((parent) => ({ parent, score: strength(parent, child) }))
        .filter((t) => t.score > 0 && (!check || admissible(t.parent, child, ancestorsOf(t.parent))));
      if (ties.length === 0) continue;
      const best = Math.max(...ties.map((t) => t.score));
      if (next && best <= next.score) continue;
      const near = ties.filter((t) => t.score >= best - tolerance);
      near.sort(
        (x, y) => (depth.get(x.parent) as number) - (depth.get(y.parent) as number) || y.score - x.score,
      );
      next = { child, parent: (near[0] as { parent: string }).parent, score: best };
    }
    return next;
  };
  while (depth.size < members.length) {
    // A member no admissible parent can take still joins the tree, under its closest member.
    const next = pick(true) ?? pick(false);
    if (!next) break;
    depth.set(next.child, (depth.get(next.parent) as number) + 1);
    parentOf.set(next.child, next.parent);
    edges.push({ parent: next.parent, child: next.child });
  }
  return edges;
}

/** The members strictly between two members on the tree (empty when one is the other's parent). */
export function pathBetween(edges: TreeEdge[], from: string, to: string): string[] {
  const parentOf = new Map(edges.map((e) => [e.child, e.parent]));
  const ancestors = (x: string) => {
    const chain = [x];
    for (let p = parentOf.get(x); p !== undefined; p = parentOf.get(p)) chain.push(p);
    return chain;
  };
  const up = ancestors(from);
  const down = ancestors(to);
  const common = up.find((x) => down.includes(x));
  if (common === undefined) return [];
  const left = up.slice(1, up.indexOf(common) + 1);
  const right = down.slice(1, down.indexOf(common)).reverse();
  return [...left, ...right].filter((x) => x !== from && x !== to);
}
