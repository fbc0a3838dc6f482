// Hand-made alignments for the cue tests: links between chosen sentence pairs, looked up either way.
import type { Alignment } from '../../align/types.ts';

/** An alignment of `a` and `b` linking sentence pairs [i, j] (score 0.9, verbatim). */
export const aligned = (a: string, b: string, pairs: Array<[number, number]>): Alignment => ({
  a,
  b,
  links: pairs.map(([i, j]) => ({
    a: i,
    b: j,
    score: 0.9,
    lexical: 0.9,
    semantic: 0.9,
    verbatim: 0.9,
    method: 'verbatim',
  })),
  passages: [],
  bestA: [],
  bestB: [],
});

/** Looks up an alignment whichever way round it was made. */
export const lookup = (alignments: Alignment[]) => (x: string, y: string) =>
  alignments.find((al) => (al.a === x && al.b === y) || (al.a === y && al.b === x));
