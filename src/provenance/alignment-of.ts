// How a family's cues and tests read the alignments of its pairs, whichever way round they were made.
import type { Alignment } from '../align/types.ts';

/** The alignment of two articles, whichever way round; undefined when they were not compared. */
export type AlignmentOf = (x: string, y: string) => Alignment | undefined;

/** The sentences of `from` linked to `to` (none when the two were not compared). */
export function linkedSentences(alignmentOf: AlignmentOf, from: string, to: string): Set<number> {
  const al = alignmentOf(from, to);
  return new Set(al ? al.links.map((l) => (al.a === from ? l.a : l.b)) : []);
}
