// The quotes stage: direct quotations, their speakers, and their versions across a story's articles.
export { extractQuotes } from './extract.ts';
export type { DiffPart, Quote, QuoteVariant, SingleQuote, VariantContext, VariantKind } from './types.ts';
