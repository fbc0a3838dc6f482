// Segments a batch of articles read together, leaving out boilerplate paragraphs: a publisher's lines
// repeated across the batch are found by comparing its articles, so this step sees them together.
import type { RawArticle } from '../ingest/types.ts';
import { normalize } from '../normalize/index.ts';
import { findBoilerplate } from './boilerplate.ts';
import { segment } from './index.ts';
import { paragraphs } from './paragraphs.ts';
import type { SegmentedArticle } from './types.ts';

/** A segmented article with the paragraph indexes it left out, so it can be segmented again alike. */
export interface BatchArticle {
  segmented: SegmentedArticle;
  boilerplate: number[];
}

export function segmentBatch(raw: RawArticle[]): BatchArticle[] {
  const normalized = raw.map(normalize);
  const boilerplate = findBoilerplate(
    normalized.map((a) => ({
      id: a.id,
      ...(a.meta.publisher ? { publisher: a.meta.publisher } : {}),
      paragraphs: paragraphs(a.text).map((p) => p.text),
    })),
  );
  return normalized.map((a) => {
    const left = boilerplate.get(a.id) ?? new Set<number>();
    return { segmented: segment(a, left), boilerplate: [...left].sort((x, y) => x - y) };
  });
}
