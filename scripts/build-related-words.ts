// Precomputes, for each of the 50,000 most frequent words, the words whose GloVe cosine with it is
// at least 0.6 (near-synonyms and close relatives: "talks"/"negotiations"), so that soft word
// matching is a table look-up instead of vector arithmetic. Writes data/related-words.bin.
// Run once, after build-word-vectors: `node --import tsx scripts/build-related-words.ts` (~2 min on 2 cores).
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { encodeRelatedWords, relatedWordsLimits } from '../src/represent/related-words-file.ts';
import { decodeWordVectors } from '../src/represent/word-vector-file.ts';

const { size, minCosine } = relatedWordsLimits;

function unitVectors(): { dims: number; vectors: Float32Array } {
  const table = decodeWordVectors(readFileSync(new URL('../data/word-vectors.bin', import.meta.url)));
  const dims = table.dims;
  const vectors = new Float32Array(size * dims);
  for (let i = 0; i < size; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const v = (table.values[i * dims + d] as number) * (table.scales[i] as number);
      vectors[i * dims + d] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) (vectors[i * dims + d] as number) /= norm;
  }
  return { dims, vectors };
}

/** Neighbours of words i in [from, to): flat list of [i, j, cosine×1000] for j ≠ i. */
function neighbours(from: number, to: number): Int32Array {
  const { dims, vectors } = unitVectors();
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const oi = i * dims;
    for (let j = 0; j < size; j++) {
      if (j === i) continue;
      const oj = j * dims;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (vectors[oi + d] as number) * (vectors[oj + d] as number);
      if (dot >= minCosine) out.push(i, j, Math.round(dot * 1000));
    }
  }
  return Int32Array.from(out);
}

if (!isMainThread) {
  const { from, to } = workerData as { from: number; to: number };
  parentPort?.postMessage(neighbours(from, to));
} else {
  const started = Date.now();
  const workers = Math.max(1, availableParallelism());
  const chunk = Math.ceil(size / workers);
  const parts = await Promise.all(
    [...Array(workers).keys()].map(
      (w) =>
        new Promise<Int32Array>((resolve, reject) => {
          // Node 20 does not pass --import hooks to workers: the worker registers tsx itself.
          const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const worker = new Worker(boot, {
            eval: true,
            workerData: { from: w * chunk, to: Math.min(size, (w + 1) * chunk) },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const lists: Array<Array<[number, number]>> = Array.from({ length: size }, () => []);
  for (const part of parts) {
    for (let k = 0; k < part.length; k += 3) {
      (lists[part[k] as number] as Array<[number, number]>).push([
        part[k + 1] as number,
        (part[k + 2] as number) / 1000,
      ]);
    }
  }
  const bytes = encodeRelatedWords(lists);
  writeFileSync(new URL('../data/related-words.bin', import.meta.url), bytes);
  const pairs = lists.reduce((n, l) => n + l.length, 0);
  console.log(
    `${size} words, ${pairs} related pairs, ${(bytes.length / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
