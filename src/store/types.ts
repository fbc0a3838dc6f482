// The storage interface: what the corpus index keeps, whichever database holds it. Articles are
// referred to by `ref`, an integer the store assigns in order of arrival.
import type { PairVerdict } from '../classify/types.ts';
import type { Contribution } from '../coverage/types.ts';
import type { ArticleMeta } from '../ingest/types.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';

/** An article as the index keeps it: its text as read, metadata and what re-reading it needs. */
export interface StoredArticle {
  id: string;
  path: string;
  text: string;
  /** Where `text` starts in the file as read (after front matter). */
  bodyStart?: number;
  meta: ArticleMeta;
  /** Hash of the normalised text (hex): the same id with the same content is the same article. */
  contentHash: string;
  /** The title the segmenter found (front matter, or the headline line). */
  title: string;
  /** Its sentences as segmented: what passages index, shown without segmenting the text again. */
  sentences: string[];
  /** Paragraph indexes left out as boilerplate, so re-reading the text segments it the same way. */
  boilerplate: number[];
  /** Its anchors (rare names and numbers), for checking band hits without re-reading the text. */
  anchors: string[];
}

/** A stored article with its reference and its story's label. */
export interface IndexedArticle extends StoredArticle {
  ref: number;
  /** The story's label: the smallest id among its articles, so it does not depend on arrival order. */
  story: string;
}

/** Look-up keys of an article (see candidates/article-keys.ts). */
export interface StoredKeys {
  bands: number[];
  passages: number[];
  anchorKeys: number[];
}

/** The findings of one story: who copied whom among its articles, and what each brings to it. */
export interface StoryFindings {
  derivations: Derivation[];
  kinships: Kinship[];
  /** Each article's contribution (coverage/); one article's own when read with `findingsOf`. */
  contributions: Contribution[];
}

/** One story as listed: its label and its articles' ids, in order of arrival. */
export interface StoryRow {
  story: string;
  ids: string[];
}

/**
 * The index's store. SQLite implements it (embedded, the default); methods are async so that a
 * server database can implement it too. Writes between `begin` and `commit` land together or not at all.
 */
export interface IndexStore {
  /** Starts a transaction; `commit` keeps its writes, `rollback` drops them. */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** The article with this id, if stored. */
  byId(id: string): Promise<IndexedArticle | undefined>;
  byRefs(refs: number[]): Promise<IndexedArticle[]>;
  /** Stores an article with its keys, as a story of its own; returns its ref. */
  insert(article: StoredArticle, keys: StoredKeys): Promise<number>;
  /** Per anchor key, the refs holding it, newest first; null when more than `limit` hold it. */
  anchorPostings(keys: number[], limit: number): Promise<Array<number[] | null>>;
  /** Per passage fingerprint, the refs holding it, newest first; null when more than `limit` hold it. */
  passagePostings(keys: number[], limit: number): Promise<Array<number[] | null>>;
  /** The anchors of each of these articles. */
  anchorsOf(refs: number[]): Promise<Map<number, string[]>>;
  /** Per band key, the refs holding it, newest first, at most `limit`. */
  bandPostings(keys: number[], limit: number): Promise<number[][]>;
  /** Stores verdicts of compared pairs (by id; both articles stored). */
  putVerdicts(verdicts: PairVerdict[]): Promise<void>;
  /** Every stored verdict between two of these articles. */
  verdictsAmong(ids: string[]): Promise<PairVerdict[]>;
  /** Gives every article of the stories `from` the story `to`, dropping their findings (to be found again). */
  relabelStories(from: string[], to: string): Promise<void>;
  /** The ids of a story's articles, in order of arrival. */
  storyMembers(story: string): Promise<string[]>;
  /** Replaces a story's family findings. */
  putFindings(story: string, findings: StoryFindings): Promise<void>;
  /** The derivations with this article as original or copy, its kinships and its contribution. */
  findingsOf(id: string): Promise<StoryFindings>;
  /** All family findings of a story. */
  storyFindings(story: string): Promise<StoryFindings>;
  /** Stories with an article published (or, lacking a date, ingested) at or after `since` (UTC ISO), newest first. */
  stories(since?: string): Promise<StoryRow[]>;
  count(): Promise<number>;
  storyCount(): Promise<number>;
  close(): Promise<void>;
}
