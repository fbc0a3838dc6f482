// A disk cache of sentence-encoder vectors, so repeated evaluations and training need not re-encode
// thousands of sentences (the encoder runs at ~45 sentences/s). Lives in node_modules/.cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Encoder } from '../src/align/scorer/text-pairs.ts';
import { encodeInParallel } from '../src/represent/sentence-encoder-pool.ts';

const file = new URL('../node_modules/.cache/newstrace/sentence-encoder.json', import.meta.url).pathname;

/** An Encoder that reads and fills the cache; `onProgress` reports texts encoded so far. */
export function cachedEncoder(onProgress?: (done: number, total: number) => void): Encoder {
  return async (texts) => {
    const cache: Record<string, number[]> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    const key = (t: string) => createHash('sha1').update(t).digest('hex');
    const missing = [...new Set(texts.filter((t) => !cache[key(t)]))];
    for (let i = 0; i < missing.length; i += 1024) {
      const batch = missing.slice(i, i + 1024);
      const vectors = await encodeInParallel(batch);
      batch.forEach((t, k) => {
        cache[key(t)] = vectors[k] as number[];
      });
      onProgress?.(Math.min(i + 1024, missing.length), missing.length);
    }
    if (missing.length > 0) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(cache));
    }
    return texts.map((t) => cache[key(t)] as number[]);
  };
}
