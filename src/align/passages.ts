// Groups links into passages: runs that advance together on both sides.
import { dominantMethod } from './methods.ts';
import type { Link, Passage } from './types.ts';

/** Largest step (in sentences) on either side that still continues a passage. */
const maxGap = 2;

/**
 * Walks the links in the copy's order and starts a new passage whenever either side jumps back or
 * skips more than `maxGap` sentences. A merge link (same sentence on one side) continues its passage.
 */
export function passagesOf(links: Link[]): Passage[] {
  const sorted = [...links].sort((x, y) => x.b - y.b || x.a - y.a);
  const runs: Link[][] = [];
  for (const link of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const da = last ? link.a - last.a : Number.NaN;
    const db = last ? link.b - last.b : Number.NaN;
    if (run && da >= 0 && da <= maxGap && db >= 0 && db <= maxGap && da + db > 0) run.push(link);
    else runs.push([link]);
  }
  return runs.map((run) => ({
    a: [Math.min(...run.map((l) => l.a)), Math.max(...run.map((l) => l.a))],
    b: [Math.min(...run.map((l) => l.b)), Math.max(...run.map((l) => l.b))],
    method: dominantMethod(run.map((l) => l.method)),
    similarity: run.reduce((s, l) => s + l.score, 0) / run.length,
    links: run.length,
  }));
}
