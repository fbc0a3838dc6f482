// Scores found derivations against a generated corpus's truth: precision, recall, recall per method.
import type { Derivation } from '../src/provenance/types.ts';
import type { TruthEdge } from './corpus/generate.ts';

/**
 * A found derivation is right when the truth has the same (original, copy) pair. Direction counts:
 * a copy reported as the original is both a false positive and a miss.
 */
export function scoreDerivations(
  found: Derivation[],
  truth: TruthEdge[],
): { precision: number; recall: number; recallByMethod: Record<string, number> } {
  const key = (o: string, c: string) => `${o}\u0000${c}`;
  const foundKeys = new Set(found.map((d) => key(d.original, d.copy)));
  const truthKeys = new Set(truth.map((t) => key(t.original, t.copy)));
  const hits = [...foundKeys].filter((k) => truthKeys.has(k)).length;
  const recallByMethod: Record<string, number> = {};
  for (const method of new Set(truth.map((t) => t.method))) {
    const edges = truth.filter((t) => t.method === method);
    recallByMethod[method] =
      Math.round((edges.filter((t) => foundKeys.has(key(t.original, t.copy))).length / edges.length) * 1000) /
      1000;
  }
  return {
    precision: foundKeys.size === 0 ? 1 : hits / foundKeys.size,
    recall: truthKeys.size === 0 ? 1 : hits / truthKeys.size,
    recallByMethod,
  };
}
