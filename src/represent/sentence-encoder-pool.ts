// Encodes many sentences on all cores: the encoder's WebAssembly backend runs one thread per process.
import { availableParallelism } from 'node:os';
import { startWorker } from '../worker-thread.ts';
import { encodeSentences } from './sentence-encoder.ts';

/** Below this many texts one thread is faster than starting workers (each loads the model, ~0.5 s). */
const minTextsForWorkers = 200;

/**
 * Unit 512-d vectors for the texts, in order, computed by `workers` worker threads (default: the
 * number of cores) each holding its own model; small inputs are encoded in this thread.
 */
export async function encodeInParallel(
  texts: string[],
  workers = availableParallelism(),
): Promise<number[][]> {
  if (workers <= 1 || texts.length < minTextsForWorkers) return encodeSentences(texts);
  const size = Math.ceil(texts.length / workers);
  const slices = Array.from({ length: workers }, (_, w) => texts.slice(w * size, (w + 1) * size)).filter(
    (s) => s.length > 0,
  );
  const results = await Promise.all(slices.map(encodeInWorker));
  return results.flat();
}

function encodeInWorker(texts: string[]): Promise<number[][]> {
  const worker = startWorker(new URL('./sentence-encoder-worker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', (vectors: number[][]) => {
      resolve(vectors);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(texts);
  });
}
