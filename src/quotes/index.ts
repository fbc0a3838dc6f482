// The quotes stage: direct quotations, their speakers, and their versions across a story's articles.
import type { PairVerdict } from '../classify/types.ts';
import type { Derivation } from '../provenance/types.ts';
import type { SegmentedArticle } from '../segment/types.ts';
import type { Story } from '../stories/index.ts';
import { type FoundQuote, findQuotes } from './extract.ts';
import { compareQuotations } from './match.ts';
import type { IndirectQuote, Quote, QuoteVariant, SingleQuote } from './types.ts';

export { compareQuotes } from './compare.ts';
export { extractQuotes, type FoundQuote } from './extract.ts';
export type {
  DiffPart,
  IndirectQuote,
  Quote,
  QuoteVariant,
  SingleQuote,
  VariantContext,
  VariantKind,
} from './types.ts';

/** Every quotation of the articles and how the versions of each differ. */
export interface QuoteFindings {
  quotes: Quote[];
  variants: QuoteVariant[];
  singles: SingleQuote[];
  indirect: IndirectQuote[];
}

const cache = new WeakMap<SegmentedArticle, FoundQuote[]>();

/** The quotations of an article, extracted once per article object (provenance and quotes both ask). */
export function articleQuotes(article: SegmentedArticle): FoundQuote[] {
  let found = cache.get(article);
  if (!found) {
    found = findQuotes(article);
    cache.set(article, found);
  }
  return found;
}

/** Gives an article the quotations found for it elsewhere (in the worker thread that read it). */
export function rememberQuotes(article: SegmentedArticle, found: FoundQuote[]): void {
  cache.set(article, found);
}

/** Extracts the quotations of every article and follows them across each story. */
export function quoteStage(
  articles: SegmentedArticle[],
  stories: Story[],
  derivations: Derivation[],
  verdicts: PairVerdict[],
): QuoteFindings {
  const found = new Map(articles.map((a) => [a.id, articleQuotes(a)]));
  const comparison = compareQuotations({ articles, found, stories, derivations, verdicts });
  return { quotes: [...found.values()].flat().map((f) => f.quote), ...comparison };
}
