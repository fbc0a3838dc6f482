// The storage interface: what the corpus index keeps, whichever database holds it. Articles are
// referred to by `ref`, an integer the store assigns in order of arrival.
import type { PairVerdict } from '../classify/types.ts';
import type { Contribution } from '../coverage/types.ts';
import type { ArticleMeta } from '../ingest/types.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';
import type { Quote } from '../quotes/types.ts';

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

/** What names a stored article in a list: read without its text, sentences or keys. */
export type ArticleHead = Pick<IndexedArticle, 'id' | 'title' | 'path' | 'story' | 'meta'>;

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

/** Which stories a page lists. */
export interface StoryPageOptions {
  /** Only stories with an article published (or, lacking a date, ingested) at or after this UTC ISO time. */
  since?: string;
  /** Only stories with an article whose id, title or publisher contains this, ignoring case. */
  containing?: string;
  /** Only stories whose newest article's ref is below this: the `newest` of the previous page's last row. */
  before?: number;
  /** Stories at most on the page. */
  limit: number;
}

/** A page of stories, newest first: each row with the ref of its newest article. */
export interface StoryPage {
  rows: Array<StoryRow & { newest: number }>;
  /** More stories follow the page's last row. */
  more: boolean;
}

/** A quotation as listed across the index, with its article's title. */
export interface ListedQuote extends Quote {
  title: string;
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
  /** Every stored article's ref, ascending. Refs need not be dense: PostgreSQL's leave gaps after a rollback. */
  refs(): Promise<number[]>;
  /** The heads of the articles with these ids, in the order given; ids not stored are left out. */
  heads(ids: string[]): Promise<ArticleHead[]>;
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
  /**
   * One page of the stories, newest first (the order of `stories`: by their newest article's arrival).
   * A story that gains an article moves to the top, so a reader paging on sees no story twice.
   */
  storiesPage(options: StoryPageOptions): Promise<StoryPage>;
  /** Stores the quotations of a stored article, in text order. */
  putQuotes(ref: number, quotes: Quote[]): Promise<void>;
  /**
   * Stored quotations whose speaker contains `speaker`, ignoring case (every quotation when it is
   * unset or empty), newest articles first (published, else ingested), in text order within one, at
   * most `limit`.
   */
  quotations(options: { speaker?: string; limit: number }): Promise<ListedQuote[]>;
  count(): Promise<number>;
  storyCount(): Promise<number>;
  /** Of these keys, those whose postings do not hold `ref` (all empty when its keys are all stored). */
  missingPostings(ref: number, keys: StoredKeys): Promise<StoredKeys>;
  /**
   * What the database finds wrong in itself, one line each naming the row: its own integrity check
   * (SQLite's `integrity_check`), and rows naming an article or story that is not stored (postings,
   * quotations, verdicts, findings). Empty when sound. Reads everything: for `newstrace check`.
   */
  integrity(): Promise<string[]>;
  close(): Promise<void>;
}
