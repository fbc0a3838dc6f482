// The quotes stage's types: direct quotations with their speakers, and how versions of one quotation differ.

/** A direct quotation in one article. Offsets are JS string offsets in the file's text as read. */
export interface Quote {
  /** `<article id>#q<n>`, n counting from 1 in text order. */
  id: string;
  article: string;
  /** The quoted words without the quote marks; the pieces of a quotation split by its attribution are joined by a space. */
  text: string;
  /** Resolved full name or description ("Donald Trump", "a White House official"); null when none was found. */
  speaker: string | null;
  /** The words used at the quote ("Trump", "he"); null when no speaker was found. */
  speakerMention: string | null;
  /** Offsets of `speakerMention` in the text as read, end exclusive; null when none. */
  speakerSpan: [number, number] | null;
  /** The attribution verb or phrase ("said", "told", "according to"); null when none. */
  cue: string | null;
  /** 0-based index of the sentence holding the quotation's first piece. */
  sentence: number;
  /** Start of the first piece and end of the last, without the quote marks. */
  start: number;
  end: number;
  /** Each contiguous quoted piece as [start, end): one for most quotes, more for a quotation split by an attribution or running over paragraphs. */
  parts: Array<[number, number]>;
  /** One or two words in quote marks (scare quotes, a single word taken from a speaker). */
  fragment: boolean;
}

/** How the second version of a quotation differs from the first. */
export type VariantKind = 'identical' | 'cosmetic' | 'altered' | 'truncated' | 'extended';

/** Where two versions were compared: along a derivation (original → copy), or between independent reports. */
export type VariantContext = 'derivation' | 'independent';

/** `=` kept, `-` only in a, `+` only in b (report/word-diff.ts). */
export type DiffPart = ['=' | '-' | '+', string];

/** One quotation as two articles give it. In a derivation `a` is the original's and `b` the copy's. */
export interface QuoteVariant {
  speaker: string | null;
  a: string;
  b: string;
  kind: VariantKind;
  context: VariantContext;
  diff: DiffPart[];
}

/** A quotation that no other article of its story carries in quote marks. */
export interface SingleQuote {
  quote: string;
  article: string;
  story: string;
  /** The article is a copy and its original lacks the quotation: the copy added it. */
  addedByCopy: boolean;
  /** Articles of the story that carry the quotation's words without quote marks (indirect speech), with the sentence. */
  indirectIn: Array<{ article: string; sentence: number }>;
}

/** A quotation of an original that its copy gives without quote marks, as indirect speech. */
export interface IndirectQuote {
  quote: string;
  /** The copy. */
  article: string;
  /** The copy's sentence holding the words. */
  sentence: number;
}
