// The public API of newstrace: re-exports only.
export type { Alignment, Link, Method, Passage } from './align/index.ts';
export { type PairScore, scorePair } from './align/scorer/index.ts';
export { type ScoredRow, scorePairs } from './align/scorer/text-pairs.ts';
export type { PairMeasures, PairVerdict, Relation } from './classify/index.ts';
export { codes, type Diagnostic, NewstraceError } from './errors.ts';
export { type Ingested, ingest } from './ingest/index.ts';
export { parsePairsTsv, type SentencePair } from './ingest/pairs-tsv.ts';
export type { ArticleMeta, RawArticle } from './ingest/types.ts';
export { type Analysis, type AnalyzeOptions, analyze, analyzePaths, quotesOfPaths } from './pipeline.ts';
export type { Derivation, Kinship, Provenance } from './provenance/index.ts';
export {
  compareQuotes,
  extractQuotes,
  type IndirectQuote,
  type Quote,
  type QuoteFindings,
  type QuoteVariant,
  type SingleQuote,
} from './quotes/index.ts';
export { renderHtml } from './report/html.ts';
export { type AnalysisJson, toJson } from './report/json.ts';
export { renderTerminal } from './report/terminal.ts';
export { textFeatures } from './represent/text-features.ts';
export type { Story } from './stories/index.ts';
