// Maps that stay small however much passes through them: memos of pure look-ups that a stream of new
// words (names, figures) would otherwise grow without end, and caches of what was used last.

/**
 * Sets `key` in `map`, first emptying it when it holds `max` entries: a bound on memory that costs
 * only recomputing what was forgotten.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  if (map.size >= max) map.clear();
  map.set(key, value);
}

/** A map that keeps the `capacity` entries used last (`Infinity` keeps all). */
export interface RecentlyUsed<K, V> {
  /** The value, now the most recently used. */
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  clear(): void;
}

export function recentlyUsed<K, V>(capacity: number): RecentlyUsed<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}
