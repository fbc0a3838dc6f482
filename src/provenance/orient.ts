// Gives each direct derivation of a family its direction: its own cues, the family's evidence for
// its original, and what the family's chains imply, without a cycle.
import { neighboursOf, pairKey, type Skeleton } from './skeleton.ts';
import type { Cue } from './types.ts';

/** A direct derivation with its direction and the cues for it (their total log-odds ≥ 0, but where a cycle was broken). */
export interface OrientedEdge {
  parent: string;
  child: string;
  cues: Cue[];
}

/** What orienting a family needs besides its skeleton. */
export interface Orientation {
  /** The family's original, where the walk starts. */
  root: string;
  /** The pairwise direction cues for `p` as the original of `c`. */
  cuesFor: (p: string, c: string) => Cue[];
  /** The family-level evidence carried by the derivations that start from the original. */
  rootCues: (child: string) => Cue[];
}

const total = (cues: Cue[]) => cues.reduce((s, c) => s + c.logit, 0);
const against = (cues: Cue[]) => cues.map((c) => ({ ...c, logit: -c.logit }));

/**
 * Walks the skeleton breadth first from the original; each edge is first taken as leading away from
 * it, with the family's evidence when it starts at the original, and turned round when its cues'
 * total says so (a compilation's second source, published before it, is its source, not its copy).
 * A chain carries direction along: when x–c shares its text through p and x → p, then p → c (had c
 * been a source of p too, x and c would share text of their own). Edges closing a cycle in the
 * skeleton go by their own cues; a directed cycle, were one left, loses its least certain edge.
 */
export function orientEdges(skeleton: Skeleton, o: Orientation): OrientedEdge[] {
  const neighbours = neighboursOf(skeleton.edges);
  const decided = new Map<string, OrientedEdge>();
  const key = pairKey;
  const parentOf = (x: string, y: string) => decided.get(key(x, y))?.parent;
  const decide = (p: string, c: string, structural: Cue[]) => {
    const cues = [...o.cuesFor(p, c), ...structural];
    const edge =
      total(cues) >= 0 ? { parent: p, child: c, cues } : { parent: c, child: p, cues: against(cues) };
    decided.set(key(p, c), edge);
  };
  const seen = new Set([o.root]);
  const queue = [o.root];
  for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
    for (const c of neighbours.get(p) ?? []) {
      if (decided.has(key(p, c))) continue;
      if (!seen.has(c)) {
        seen.add(c);
        queue.push(c);
      }
      decide(p, c, p === o.root ? o.rootCues(c) : chainCues(skeleton, p, c, parentOf));
    }
  }
  const edges = [...decided.values()];
  breakCycles(edges);
  return edges;
}

/** The cue that x–c shares its text through p while x → p: then p → c. */
function chainCues(
  skeleton: Skeleton,
  p: string,
  c: string,
  parentOf: (x: string, y: string) => string | undefined,
): Cue[] {
  for (const { a, b, through } of skeleton.explained) {
    if (through !== p || (a !== c && b !== c)) continue;
    const x = a === c ? b : a;
    if (parentOf(x, p) !== x) continue;
    return [
      {
        kind: 'family',
        logit: 1,
        evidence: `${c} shares with ${x} only what ${p} has too, and ${p} was taken from ${x}: ${c} was taken from ${p}`,
      },
    ];
  }
  return [];
}

/** Turns round, in each directed cycle, the edge whose cues are least certain. */
function breakCycles(edges: OrientedEdge[]): void {
  for (let cycle = findCycle(edges); cycle; cycle = findCycle(edges)) {
    const weakest = cycle.reduce((w, e) => (Math.abs(total(e.cues)) < Math.abs(total(w.cues)) ? e : w));
    [weakest.parent, weakest.child] = [weakest.child, weakest.parent];
    weakest.cues = against(weakest.cues);
  }
}

/** The edges of one directed cycle, if any (depth-first search). */
function findCycle(edges: OrientedEdge[]): OrientedEdge[] | undefined {
  const out = new Map<string, OrientedEdge[]>();
  for (const e of edges) out.set(e.parent, [...(out.get(e.parent) ?? []), e]);
  const state = new Map<string, 'open' | 'done'>();
  const path: OrientedEdge[] = [];
  const visit = (node: string): OrientedEdge[] | undefined => {
    state.set(node, 'open');
    for (const e of out.get(node) ?? []) {
      if (state.get(e.child) === 'open') {
        const start = path.findIndex((p) => p.parent === e.child);
        return [...path.slice(start === -1 ? path.length : start), e];
      }
      if (state.has(e.child)) continue;
      path.push(e);
      const found = visit(e.child);
      if (found) return found;
      path.pop();
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of out.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}
