// Passage fingerprints: winnowed hashes of runs of content terms, so that two articles sharing a
// passage of a couple of sentences meet in the index however long either article is (an LSH band of
// the whole article's wording only meets copies of most of it).
import { mix32 } from './minhash.ts';

/** Content terms (stems of content words, in text order) per fingerprinted run. */
export const passageTerms = 4;
/**
 * Runs per winnowing window. Every run of `passageTerms + passageWindow - 1` = 11 shared content
 * terms (about 22 words of news prose) yields at least one shared fingerprint, and a passage of 15
 * terms (30 words) about 2.7 on average; an article keeps about 2 / (window + 1) ≈ 0.22 fingerprints
 * per content term (some 110 for 1,000 words).
 */
export const passageWindow = 8;

/**
 * Writes the hash of the run of `passageTerms` term hashes starting at `start`: two 32-bit mixes with
 * different seeds, the low one (which decides the winnowing order) into `lows` and the 52-bit key
 * into `keys`, so collisions stay negligible.
 */
function hashRun(termHashes: Uint32Array, start: number, lows: Uint32Array, keys: Float64Array): void {
  let low = 0x811c9dc5;
  let high = 0x9747b28c;
  for (let i = start; i < start + passageTerms; i++) {
    const t = termHashes[i] as number;
    low = mix32(low ^ t);
    high = mix32(high ^ mix32(t + 0x632be5ab));
  }
  lows[start] = low;
  keys[start] = (high & 0xfffff) * 2 ** 32 + low;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): in each window of `passageWindow` consecutive run
 * hashes the least is kept (the rightmost on a tie), so the same text yields the same fingerprints
 * wherever it stands. `termHashes` are 32-bit hashes of the article's content terms in order. Returns
 * the distinct fingerprints as integers below 2⁵³, in order of first selection, each with the
 * position of its run's first term; none for an article of fewer than `passageTerms` terms.
 */
export function passageKeys(termHashes: Uint32Array): { keys: number[]; starts: number[] } {
  const runs = termHashes.length - passageTerms + 1;
  if (runs <= 0) return { keys: [], starts: [] };
  const lows = new Uint32Array(runs);
  const keys = new Float64Array(runs);
  for (let i = 0; i < runs; i++) hashRun(termHashes, i, lows, keys);
  const window = Math.min(passageWindow, runs);
  const chosen = new Map<number, number>();
  let least = -1;
  for (let end = window - 1; end < runs; end++) {
    const start = end - window + 1;
    if (least < start) {
      // The least of the window left it: search the new window.
      least = start;
      for (let i = start + 1; i <= end; i++) if ((lows[i] as number) <= (lows[least] as number)) least = i;
    } else if ((lows[end] as number) <= (lows[least] as number)) least = end;
    if (!chosen.has(keys[least] as number)) chosen.set(keys[least] as number, least);
  }
  return { keys: [...chosen.keys()], starts: [...chosen.values()] };
}
