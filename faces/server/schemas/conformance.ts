// Compile-time checks that each answer's schema describes exactly the library type the route answers
// with: a field added to, dropped from or made optional in one and not the other fails `tsc` (the
// serializer would otherwise drop it without a word).
import type { Static } from '@fastify/type-provider-typebox';
import type { Sources, StoryDetail, StoryListing } from '../../../src/corpus-index/types.ts';
import type { Contribution } from '../../../src/coverage/types.ts';
import type { Diagnostic } from '../../../src/errors.ts';
import type { Derivation, Kinship } from '../../../src/provenance/types.ts';
import type { Quote, QuoteVariant } from '../../../src/quotes/types.ts';
import type { Comparison } from '../../../src/report/comparison.ts';
import type { AnalysisJson } from '../../../src/report/json.ts';
import type { ListedQuote } from '../../../src/store/types.ts';
import type { AnalysisJsonSchema, ComparisonSchema } from './analysis.ts';
import type { DiagnosticSchema } from './common.ts';
import type {
  ContributionSchema,
  DerivationSchema,
  KinshipSchema,
  SourcesSchema,
  StoryDetailSchema,
  StoryListingSchema,
} from './findings.ts';
import type { ListedQuoteSchema, QuoteSchema, QuoteVariantSchema } from './quotes.ts';

/** Every property required, at every depth: a property optional on one side only then shows. */
type DeepRequired<T> = T extends readonly unknown[]
  ? { [K in keyof T]: DeepRequired<T[K]> }
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<T[K]> }
    : T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** True when values of A are values of B and back, optional properties included. */
type Same<A, B> = Mutual<A, B> extends true ? Mutual<DeepRequired<A>, DeepRequired<B>> : false;
type Holds<T extends true> = T;

export type SchemasMatchTypes = [
  Holds<Same<Static<typeof DiagnosticSchema>, Diagnostic>>,
  Holds<Same<Static<typeof DerivationSchema>, Derivation>>,
  Holds<Same<Static<typeof KinshipSchema>, Kinship>>,
  Holds<Same<Static<typeof ContributionSchema>, Contribution>>,
  Holds<Same<Static<typeof SourcesSchema>, Sources>>,
  Holds<Same<Static<typeof StoryListingSchema>, StoryListing>>,
  Holds<Same<Static<typeof StoryDetailSchema>, StoryDetail>>,
  Holds<Same<Static<typeof QuoteSchema>, Quote>>,
  Holds<Same<Static<typeof QuoteVariantSchema>, QuoteVariant>>,
  Holds<Same<Static<typeof ListedQuoteSchema>, ListedQuote>>,
  Holds<Same<Static<typeof AnalysisJsonSchema>, AnalysisJson>>,
  Holds<Same<Static<typeof ComparisonSchema>, Comparison>>,
];
