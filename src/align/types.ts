// The align stage's output: which sentences of two articles correspond, and in which passages.

/** How a passage of the copy relates to the original's text. */
export type Method = 'verbatim' | 'edited' | 'paraphrased';

/** One aligned sentence pair. `a` and `b` are sentence indexes in the two articles. */
export interface Link {
  a: number;
  b: number;
  score: number;
  lexical: number;
  semantic: number;
  /** Share of the shorter sentence's word bigrams found in the other, 0–1. */
  verbatim: number;
  method: Method;
  /** Set when the link joins a sentence to a neighbour's partner (a merge or split). */
  merge?: boolean;
}

/** A run of aligned sentences in the same order on both sides. Ranges are inclusive. */
export interface Passage {
  a: [number, number];
  b: [number, number];
  method: Method;
  /** Mean link score, 0–1. */
  similarity: number;
  links: number;
}

/** The sentence alignment of two articles. */
export interface Alignment {
  a: string;
  b: string;
  links: Link[];
  passages: Passage[];
  /** For each sentence of a (and of b), its best score against any sentence of the other article. */
  bestA: number[];
  bestB: number[];
}
