// What the corpus index answers: an article's sources and copies, and the stories it holds.
import type { CandidateRules } from '../candidates/choose.ts';
import type { Contribution } from '../coverage/types.ts';
import type { Diagnostic } from '../errors.ts';
import type { Derivation, Kinship } from '../provenance/types.ts';

export interface CorpusIndexOptions {
  /** Represented articles kept in memory, most recently used first (default 500). */
  cacheSize?: number;
  /** Sentence vectors: `glove` (default) or `use` (adds the Universal Sentence Encoder to compared articles). */
  semantic?: 'glove' | 'use';
  candidates?: Partial<CandidateRules>;
  /** Compare each new article with every indexed one: the exhaustive peer run of the benchmarks. */
  compareAll?: boolean;
  /**
   * Worker threads reading batches ahead of the one being compared (default: the cores but one).
   * Only an `add` of more than one batch starts them; 0 reads every batch in this thread.
   */
  prepareWorkers?: number;
  /** Articles per batch and transaction (default 500). */
  batchSize?: number;
  /**
   * Compare a batch's articles with the index before its transaction, then in it only with what was
   * stored since: for writers sharing an index (queue workers), whose transactions are serialised,
   * so that comparing, the costly part, runs in parallel. Candidates are looked up twice.
   */
  compareAhead?: boolean;
}

/** What adding a batch did. */
export interface AddReport {
  added: string[];
  /** Already indexed with the same id and content: nothing to do. */
  alreadyIndexed: string[];
  /** The id is indexed with other content; the new text was not stored. */
  idTaken: string[];
  diagnostics: Diagnostic[];
}

/** An indexed article as answers name it. */
export interface ArticleSummary {
  id: string;
  title: string;
  path: string;
  story: string;
  published?: string;
  publisher?: string;
}

/** Where an article comes from, and who took from it. */
export interface Sources {
  article: ArticleSummary;
  /** Derivations with this article as the copy: its sources. */
  derivedFrom: Derivation[];
  /** Derivations with this article as the original: its copies. */
  copiedBy: Derivation[];
  /** Articles sharing text with it only through a third. */
  kinships: Kinship[];
  /** Other articles of its story, reported independently. */
  independent: string[];
  /** The sentences of this article and of each article it shares passages with (passages index them). */
  sentences: Record<string, string[]>;
}

export type { StoryPageOptions } from '../store/types.ts';

/** One story of the index. */
export interface StoryListing {
  story: string;
  articles: Array<ArticleSummary & { role: 'original' | 'copy' | 'independent' }>;
  derivations: Array<
    Pick<Derivation, 'original' | 'copy' | 'method' | 'scope' | 'paragraphs' | 'confidence'>
  >;
  /** What each article brings to the story (empty for a story of one article). */
  contributions: Contribution[];
}

/** One story with everything its findings hold: its kinships, and its derivations in full. */
export interface StoryDetail extends StoryListing {
  kinships: Kinship[];
  derivationsFull: Derivation[];
}
