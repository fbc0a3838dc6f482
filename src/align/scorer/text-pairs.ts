// Turns the texts of sentence pairs into scored pairs: features once per distinct text, then the scorer.
import type { SentencePair } from '../../ingest/pairs-tsv.ts';
import { detokenize } from '../../normalize/detokenize.ts';
import { normalizeText } from '../../normalize/index.ts';
import { textFeatures } from '../../represent/text-features.ts';
import type { SentenceFeatures } from '../../represent/types.ts';
import { type PairScore, scorePair } from './index.ts';
import { bundledModel, type ScorerModel, type SemanticMode } from './model.ts';

/** Computes sentence-encoder vectors for texts, in order (the library's encoder, or a cached one). */
export type Encoder = (texts: string[]) => Promise<number[][]>;

/**
 * Features of every distinct text of the pairs (detokenised, so MSRP's `Mr So .` reads as text),
 * with encoder vectors in `use` mode. Returns a look-up by the text as given.
 */
export async function featuresOfPairs(
  pairs: Array<Pick<SentencePair, 'a' | 'b'>>,
  mode: SemanticMode,
  encode: Encoder,
): Promise<(text: string) => SentenceFeatures> {
  const texts = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const features = new Map(texts.map((t) => [t, textFeatures(detokenize(t))]));
  if (mode === 'use') {
    // The encoder reads the normalised text, as it does for articles' sentences.
    const vectors = await encode(texts.map((t) => normalizeText(detokenize(t)).text));
    texts.forEach((t, i) => {
      (features.get(t) as SentenceFeatures).use = vectors[i];
    });
  }
  return (text) => features.get(text) as SentenceFeatures;
}

/** A scored row of a pairs file, or why it could not be scored. */
export type ScoredRow = { line: number; result: PairScore } | { line: number; error: string };

/**
 * Scores every readable row of a pairs file, keeping the rows' order; unreadable rows keep their
 * place with their error. `onProgress` is called as pairs are scored.
 */
export async function scorePairs(
  rows: Array<SentencePair | { line: number; error: string }>,
  mode: SemanticMode,
  encode: Encoder,
  options: { model?: ScorerModel; onProgress?: (done: number, total: number) => void } = {},
): Promise<ScoredRow[]> {
  const pairs = rows.filter((r): r is SentencePair => !('error' in r));
  const features = await featuresOfPairs(pairs, mode, encode);
  const model = options.model ?? bundledModel();
  return rows.map((row, i) => {
    options.onProgress?.(i + 1, rows.length);
    if ('error' in row) return row;
    return { line: row.line, result: scorePair(features(row.a), features(row.b), model) };
  });
}
