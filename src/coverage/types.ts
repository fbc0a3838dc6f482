// The coverage stage's output: what each article of a story brings that the others lack, and who
// reported a shared fact first.

/** An article's part in its story: the source of a family, a copy, or its own report. */
export type Role = 'original' | 'copy' | 'independent';

/** What an article states that no other article of its story does (its own copies aside). */
export interface Additions {
  /** Its sentences with no counterpart in another article (headings left out), 0-based. */
  sentences: number[];
  /** Its quotations (not fragments) that no other article carries, in quote marks or as indirect speech. */
  quotes: string[];
  /** Names of people, organisations and places no other article states, as first written. */
  names: string[];
  /** Numbers no other article states, as first written with the word they count ("14 homes"). */
  numbers: string[];
  /** For a copy: the added sentences that state no name and no number (often a content farm's filler). */
  filler?: number[];
}

/** A fact this article published before every other report of the story that shares it. */
export interface FirstReport {
  /** The article's sentence stating it. */
  sentence: number;
  /** The other reports (originals and independent reports, not copies) that share it. */
  alsoIn: string[];
}

/** One article's contribution to its story. */
export interface Contribution {
  article: string;
  role: Role;
  adds: Additions;
  /** Facts shared by several independent reports that this one published first (dates known for all). */
  firstWith: FirstReport[];
}
