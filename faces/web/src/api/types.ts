// The shapes the server's /api routes answer with: the engine's own types, as the server's schemas
// are checked against them (faces/server/schemas/conformance.ts).
import type {
  ArticleSummary,
  Sources,
  StoryDetail,
  StoryListing,
} from '../../../../src/corpus-index/types.ts';
import type { Contribution } from '../../../../src/coverage/types.ts';
import type { Derivation, Kinship } from '../../../../src/provenance/types.ts';
import type { Quote, QuoteVariant } from '../../../../src/quotes/types.ts';
import type { ComparedArticle, Comparison } from '../../../../src/report/comparison.ts';
import type { SideBySideRow } from '../../../../src/report/side-by-side.ts';
import type { ListedQuote } from '../../../../src/store/types.ts';

export type {
  ArticleSummary,
  ComparedArticle,
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
export type StoryAnswer = StoryDetail;

/** An indexed article as GET /api/articles/:id names it. */
export type ArticleDetails = ArticleSummary & { url?: string; byline?: string };

/** GET /api/articles/:id: the article, its text and sentences, and what it brings to its story. */
export interface ArticleAnswer {
  article: ArticleDetails;
  text: string;
  sentences: string[];
  contribution?: Contribution;
}

/** GET /api/compare?a=&b=: two articles side by side, and how their quotations differ. */
export type CompareAnswer = Comparison;

/** A quotation with the title of its article. */
export type TitledQuote = ListedQuote;

/** GET /api/quotes?speaker=: quotations by speaker, newest articles first. */
export interface QuotesAnswer {
  quotes: TitledQuote[];
}
