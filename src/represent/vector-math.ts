// Dot products of unit vectors, the one similarity every vector comparison here uses.

/** Dot product; for unit vectors this is their cosine. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}
