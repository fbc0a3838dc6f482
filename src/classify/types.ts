// The classify stage's output: what two articles are to each other, before direction is decided.
import type { Alignment, Method } from '../align/types.ts';

/** Per-side measures of a pair; `a` and `b` follow the alignment's articles. */
export interface SideMeasures {
  /** Words of the article (word tokens, boilerplate left out). */
  words: number;
  /** Share of this article's words in sentences linked to the other article. */
  coverage: number;
  /**
   * Share of this article's own narrative (words outside quotation marks) carried over from the
   * other, each linked sentence counted by how far its score rises above a chance match.
   */
  narrativeEvidence: number;
  /** Share of this article's sentences whose best match in the other scores ≥ 0.6 (a shared fact). */
  factShare: number;
}

export interface PairMeasures {
  a: SideMeasures;
  b: SideMeasures;
  /** Document cosine of weighted content terms. */
  cosine: number;
  /** Links between narrative sentences (mostly outside quotes) scoring ≥ 0.7. */
  narrativeLinks: number;
  /** Links scoring ≥ 0.8. */
  strongLinks: number;
  /** Links inside passages of two or more links (order kept). */
  linksInRuns: number;
  /** Share of links on the longest chain that keeps the same order in both articles, 0–1. */
  inOrder: number;
  /**
   * Of the links whose two sentences both state rare names or numbers, the share that have one in
   * common, 0–1 (1 when no link states any). A copy keeps its names and numbers; a templated report
   * reuses the wording with others.
   */
  anchorAgreement: number;
  /** Links whose two sentences both state rare names or numbers. */
  anchorLinks: number;
  /** Mean Dice overlap of the anchors of those links, 0–1 (1 when none): a copy keeps them all. */
  anchorOverlap: number;
  /** Mean link score. */
  meanScore: number;
  /** Linked words by method, shares summing to 1 (all 0 without links). */
  methods: Record<Method, number>;
  /** Runs that look taken by one article from the other, beyond shared facts and quotations (measures.ts). */
  taken: TakenPassage[];
}

/** A run of a pair's alignment that looks taken by one article from the other. */
export interface TakenPassage {
  /** Its sentences in each article (inclusive ranges). */
  a: [number, number];
  b: [number, number];
  /** Words of each side's sentences aligned in it. */
  aWords: number;
  bWords: number;
  /** Paragraphs those sentences belong to, on each side. */
  aParagraphs: number;
  bParagraphs: number;
  /** Its aligned words by method (counted as for the pair). */
  methods: Record<Method, number>;
  /** Narrative words in its strong links, on the shorter side. */
  words: number;
  /** Of those links, how many state names or numbers on both sides, and their mean Dice overlap. */
  anchorLinks: number;
  anchorOverlap: number;
}

/** derived: one copies or rewrites the other; independent: same story, own reporting; unrelated. */
export type Relation = 'derived' | 'independent' | 'unrelated';

/**
 * How much of the copy a derivation covers: `whole` when a good share of the copy's narrative comes
 * from the original, `partial` when only passages do (a few lifted paragraphs).
 */
export type Scope = 'whole' | 'partial';

export interface PairVerdict {
  a: string;
  b: string;
  relation: Relation;
  /** Probability that one article is derived from the other, 0–1. */
  derivedProbability: number;
  /** The pair's overall method when derived. */
  method: Method;
  measures: PairMeasures;
  alignment: Alignment;
}
