// The represent stage's output: what each sentence is made of, for comparing sentences cheaply.
import type { SegmentedArticle } from '../segment/types.ts';

export interface SentenceFeatures {
  /** Lowercased word tokens in order (for n-grams and verbatim checks). */
  words: string[];
  /** Stems of all word tokens, in order. */
  stems: string[];
  /** Negation words ("not", "n't", "never", "no", "nobody", …). */
  negations: number;
  /** Content terms: stems of nouns, proper nouns, verbs, adjectives, adverbs and numbers, unique. */
  terms: string[];
  /** The lowercased word each term was first seen as. */
  termWords: string[];
  /** The lemma of each term's word. */
  lemmas: string[];
  /** The WordNet synsets of each term's lemma (sorted keys, see wordnet.ts synsetKeys): shared keys mean synonyms. */
  synsets: number[][];
  /** WordNet antonyms of each term's lemma ("rise" → "fall"). */
  antonyms: string[][];
  /**
   * GloVe frequency rank of each term's word, for near-synonym look-ups; −1 when the word is not in
   * the table or must match exactly (names, numbers, weekdays and months).
   */
  ranks: number[];
  /** Information weight of each term (−log₂ frequency in a background corpus). */
  weights: number[];
  /** Proper-name words, lowercased (`Donald Trump` → `donald`, `trump`). */
  names: string[];
  /** Numbers in canonical form (`1,200` → `1200`, `three` → `3`, `30-day` → `30`). */
  numbers: string[];
  /**
   * What a copy keeps and a templated report changes: rare proper names not opening the sentence
   * and numbers written in digits (`301`, `1.35`, `2025`).
   */
  anchors: string[];
  /** Share of the sentence's words inside quotation marks, 0–1. */
  quoted: number;
  /** Unit GloVe SIF vector (100-d); a typed array, cheap to keep and to pass between threads. */
  sif: Float32Array;
  /** Unit Universal Sentence Encoder vector (512-d), when computed. */
  use?: number[];
}

/** A segmented article with features for every sentence (same order as `sentences`). */
export interface RepresentedArticle extends SegmentedArticle {
  features: SentenceFeatures[];
}
