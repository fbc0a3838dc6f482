// The segment stage's output: sentences and tokens with offsets into the normalised text.
import type { NormalizedArticle } from '../normalize/index.ts';

/** Part-of-speech tags from wink (Universal Dependencies tag set). */
export type Pos = string;

export interface Token {
  /** As written. */
  text: string;
  /** Lowercased, apostrophes as `'`. */
  lower: string;
  lemma: string;
  stem: string;
  pos: Pos;
  /** wink token type: word, number, punctuation, currency, email, url, … */
  type: string;
  stop: boolean;
  /** Inside double quotation marks. */
  quoted: boolean;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence {
  /** 0-based position in the article's sentence list. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** 0-based paragraph number. */
  paragraph: number;
  /** A headline or subheading: a short paragraph without sentence-final punctuation. */
  heading: boolean;
  tokens: Token[];
}

/** An article split into sentences. */
export interface SegmentedArticle extends NormalizedArticle {
  title: string;
  sentences: Sentence[];
  /** Words in the body (word and number tokens). */
  words: number;
  /** Paragraphs left out as boilerplate (subscription prompts, a publisher's repeated lines). */
  boilerplate: string[];
}
