// Loads a pairs file and computes every pair's feature row, with sentence-encoder vectors if asked.
import { readFileSync } from 'node:fs';
import type { SemanticMode } from '../src/align/scorer/model.ts';
import { pairFeatures } from '../src/align/scorer/pair-features.ts';
import { type Encoder, featuresOfPairs } from '../src/align/scorer/text-pairs.ts';
import { type PairsFile, parsePairsTsv, type SentencePair } from '../src/ingest/pairs-tsv.ts';
import type { SentenceFeatures } from '../src/represent/types.ts';

export interface PairData {
  pairs: SentencePair[];
  rows: number[][];
  features: (text: string) => SentenceFeatures;
}

/** Reads `path` (MSRP or STS-B layout) and computes the feature rows in `mode`. */
export async function loadPairData(path: string, mode: SemanticMode, encode: Encoder): Promise<PairData> {
  const file: PairsFile = parsePairsTsv(readFileSync(path, 'utf8'));
  const pairs = file.rows.filter((r): r is SentencePair => !('error' in r));
  const features = await featuresOfPairs(pairs, mode, encode);
  return { pairs, rows: pairs.map((p) => pairFeatures(features(p.a), features(p.b))), features };
}
