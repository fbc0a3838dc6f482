// The shapes the server's /api routes answer with, built on the engine's own types.
import type { ArticleSummary, Sources, StoryListing } from '../../../../src/corpus-index/types.ts';
import type { Contribution } from '../../../../src/coverage/types.ts';
import type { Derivation, Kinship } from '../../../../src/provenance/types.ts';
import type { Quote, QuoteVariant } from '../../../../src/quotes/types.ts';
import type { SideBySideRow } from '../../../../src/report/side-by-side.ts';

export type {
  ArticleSummary,
  Contribution,
  Derivation,
  Kinship,
  Quote,
  QuoteVariant,
  SideBySideRow,
  Sources,
  StoryListing,
};

/** An article of a story, with its role in it. */
export type StoryArticle = StoryListing['articles'][number];

/** GET /api/stories: a page of stories, newest first; `next` is the cursor of the following page. */
export interface StoriesAnswer {
  stories: StoryListing[];
  next: string | null;
}

/** GET /api/stories/:id: the story with its derivations in full and its kinships. */
export interface StoryAnswer extends StoryListing {
  kinships: Kinship[];
  derivationsFull: Derivation[];
}

/** An indexed article as GET /api/articles/:id names it. */
export type ArticleDetails = ArticleSummary & { url?: string; byline?: string };

/** GET /api/articles/:id: the article, its text and sentences, and what it brings to its story. */
export interface ArticleAnswer {
  article: ArticleDetails;
  text: string;
  sentences: string[];
  contribution?: Contribution;
}

/** One side of a comparison. */
export interface ComparedArticle {
  id: string;
  title: string;
  publisher?: string;
  published?: string;
  sentences: string[];
}

/** GET /api/compare?a=&b=: two articles side by side, and how their quotations differ. */
export interface CompareAnswer {
  a: ComparedArticle;
  b: ComparedArticle;
  relation: string;
  derivation: Derivation | null;
  rows: SideBySideRow[];
  quotes: Quote[];
  quoteVariants: QuoteVariant[];
}

/** A quotation with the title of its article. */
export type TitledQuote = Quote & { title: string };

/** GET /api/quotes?speaker=: quotations by speaker. */
export interface QuotesAnswer {
  quotes: TitledQuote[];
}
