// A small seeded random number generator, so that a corpus is the same every time for a given seed.

/** Draws from one deterministic stream; every helper advances the same stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** A shuffled copy of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An index into `weights`, drawn in proportion to the weights. */
  weighted(weights: readonly number[]): number;
  /** An independent stream named by `label`: what it draws does not depend on how much this one drew. */
  fork(label: string | number): Random;
}

/**
 * A mulberry32 generator (Tommy Ettinger's 32-bit PRNG): fast, tiny and good enough for test data,
 * not for cryptography.
 * @example createRandom(1).int(1, 6) // the same die roll on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick needs at least one item');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p) => next() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    weighted(weights: readonly number[]): number {
      const total = weights.reduce((a, b) => a + b, 0);
      let draw = next() * total;
      for (let i = 0; i < weights.length; i++) {
        draw -= weights[i] ?? 0;
        if (draw < 0) return i;
      }
      return weights.length - 1;
    },
    // Seeding from (seed, label) rather than from this stream keeps story 12 the same when story 11
    // changes how many numbers it draws.
    fork: (label) => createRandom(hashSeed(seed, String(label))),
  };
}

/** FNV-1a over the label, mixed with the seed: a 32-bit seed for a named sub-stream. */
function hashSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
