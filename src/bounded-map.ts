// Memos of pure look-ups that a stream of new words (names, figures) would otherwise grow without end.

/**
 * Sets `key` in `map`, first emptying it when it holds `max` entries: a bound on memory that costs
 * only recomputing what was forgotten.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  if (map.size >= max) map.clear();
  map.set(key, value);
}
