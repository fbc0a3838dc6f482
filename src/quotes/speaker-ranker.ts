// Chooses a quotation's speaker among its candidates with a small trained model (data/speaker-ranker.json).
import { existsSync, readFileSync } from 'node:fs';
import { type BoostedTrees, predictBoosted } from '../align/scorer/boosted-trees.ts';
import { candidateFeatures, type SpeakerCandidate } from './speaker-candidates.ts';

/**
 * Boosted trees over `candidateFeatures` (trained listwise: a candidate's probability is against
 * "no speaker"), and the least probability for a candidate to be chosen.
 */
export interface SpeakerRanker {
  version: 1;
  threshold: number;
  trees: BoostedTrees;
}

/** The best candidate when its probability reaches the ranker's threshold, else null (no speaker). */
export function chooseSpeaker(
  ranker: SpeakerRanker,
  candidates: SpeakerCandidate[],
): SpeakerCandidate | null {
  let best: SpeakerCandidate | null = null;
  let bestP = ranker.threshold;
  for (const c of candidates) {
    const p = predictBoosted(ranker.trees, c.features);
    if (p >= bestP) {
      best = c;
      bestP = p;
    }
  }
  return best;
}

const file = new URL('../../data/speaker-ranker.json', import.meta.url);
let loaded: SpeakerRanker | null | undefined;

/**
 * The bundled ranker, loaded once; null when the file is absent (the hand-written rules decide
 * alone). Rebuild it with `node --import tsx scripts/train-speaker-ranker.ts`.
 */
export function bundledRanker(): SpeakerRanker | null {
  if (loaded === undefined) {
    loaded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SpeakerRanker) : null;
    if (loaded && loaded.trees.features.join() !== candidateFeatures.join())
      throw new Error(
        `${file.pathname} was trained on other features: retrain it (scripts/train-speaker-ranker.ts)`,
      );
  }
  return loaded;
}
