// Tests whether a copy could have been made from a copy: it must not keep what that copy lost.
import type { Alignment } from '../align/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { AlignmentOf } from './alignment-of.ts';

/** What article `c` shares with `q` and `p`, counted in content terms over aligned sentences. */
export interface Retention {
  /** Terms `c` has in common with `q` that `p` changed, in sentences all three share. */
  retained: number;
  /** Terms `c` has in common with `q` in sentences `p` left out. */
  dropped: number;
  /** Terms `c` has in common with `p` that `q` lacks: changes the two share. */
  shared: number;
}

/**
 * Counts, over the sentences of `q` aligned to `c`, what `c` kept of `q` that `p` does not have, and
 * what `c` and `p` share that `q` does not. A copy made from `p` can only have `q`'s words where
 * `p` has them; a sibling made from `q` keeps words `p` changed.
 */
export function retention(
  q: RepresentedArticle,
  p: RepresentedArticle,
  c: RepresentedArticle,
  alignmentOf: AlignmentOf,
): Retention | undefined {
  const qp = linkMap(alignmentOf(q.id, p.id), q.id);
  const qc = linkMap(alignmentOf(q.id, c.id), q.id);
  if (!qp || !qc) return undefined;
  const result: Retention = { retained: 0, dropped: 0, shared: 0 };
  const none = new Set<string>();
  for (const [qi, cjs] of qc) {
    const tq = termSet(q, qi);
    const partners = qp.get(qi) ?? [];
    const tp =
      partners.length === 1
        ? termSet(p, partners[0] as number)
        : partners.length === 0
          ? none
          : new Set(partners.flatMap((pk) => [...termSet(p, pk)]));
    for (const cj of cjs) {
      for (const t of c.features[cj]?.terms ?? []) {
        if (tq.has(t) && !tp.has(t)) {
          if (qp.has(qi)) result.retained++;
          else result.dropped++;
        } else if (tp.has(t) && !tq.has(t)) result.shared++;
      }
    }
  }
  return result;
}

/**
 * True when `c` may descend from `p` rather than from `p`'s ancestor `q`: what `c` kept of `q`
 * against `p` is within noise (3 terms, or a quarter of the changes `c` shares with `p`).
 * Measured: a rewrite of a rewrite keeps 3 such terms against 30 shared changes; two spins of one
 * source keep 12–22 against 22–34.
 */
export function mayDescendThrough(r: Retention | undefined): boolean {
  if (!r) return true;
  return r.retained + r.dropped <= Math.max(3, 0.25 * r.shared);
}

/** Each sentence's terms as a set, per article: a family's cues read each many times. */
const termSets = new WeakMap<RepresentedArticle, Array<Set<string> | undefined>>();

function termSet(article: RepresentedArticle, sentence: number): Set<string> {
  const sets = termSets.get(article) ?? [];
  termSets.set(article, sets);
  let set = sets[sentence];
  if (!set) {
    set = new Set(article.features[sentence]?.terms ?? []);
    sets[sentence] = set;
  }
  return set;
}

/** Link maps already built, per alignment and side: a family's cues read each alignment many times. */
const linkMaps = new WeakMap<Alignment, Map<string, Map<number, number[]>>>();

function linkMap(alignment: Alignment | undefined, from: string): Map<number, number[]> | undefined {
  if (!alignment) return undefined;
  const sides = linkMaps.get(alignment) ?? new Map<string, Map<number, number[]>>();
  linkMaps.set(alignment, sides);
  const known = sides.get(from);
  if (known) return known;
  const map = new Map<number, number[]>();
  for (const l of alignment.links) {
    const [i, j] = alignment.a === from ? [l.a, l.b] : [l.b, l.a];
    const partners = map.get(i);
    if (partners) partners.push(j);
    else map.set(i, [j]);
  }
  sides.set(from, map);
  return map;
}
