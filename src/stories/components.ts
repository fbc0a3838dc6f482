// Connected components of an undirected graph given as edges between string ids.

/** Groups `ids` into components joined by `edges`; each component keeps the order of `ids`. */
export function components(ids: string[], edges: Array<[string, string]>): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const group = groups.get(root) ?? [];
    if (group.length === 0) groups.set(root, group);
    group.push(id);
  }
  return [...groups.values()];
}
