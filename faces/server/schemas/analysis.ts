// Schemas of analyses: the analyze JSON (schema version 2) and two articles compared side by side.
import { Type } from '@fastify/type-provider-typebox';
import { DiagnosticSchema, StringEnum } from './common.ts';
import { ContributionSchema, DerivationSchema, KinshipSchema, MethodSchema } from './findings.ts';
import { IndirectQuoteSchema, QuoteSchema, QuoteVariantSchema, SingleQuoteSchema } from './quotes.ts';

/** `newstrace analyze --json` (report/json.ts). */
export const AnalysisJsonSchema = Type.Object({
  version: Type.Literal(2),
  articles: Type.Array(
    Type.Object({
      id: Type.String(),
      path: Type.String(),
      title: Type.String(),
      sentences: Type.Array(Type.String()),
      words: Type.Integer(),
      publisher: Type.Optional(Type.String()),
      published: Type.Optional(Type.String()),
      url: Type.Optional(Type.String()),
      boilerplate: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  stories: Type.Array(
    Type.Object({
      id: Type.String(),
      articles: Type.Array(Type.String()),
      contributions: Type.Array(ContributionSchema),
    }),
  ),
  derivations: Type.Array(DerivationSchema),
  independent: Type.Array(
    Type.Object({ a: Type.String(), b: Type.String(), story: Type.String(), similarity: Type.Number() }),
  ),
  kinships: Type.Array(KinshipSchema),
  quotes: Type.Array(QuoteSchema),
  quoteVariants: Type.Array(QuoteVariantSchema),
  quoteSingles: Type.Array(SingleQuoteSchema),
  quoteIndirect: Type.Array(IndirectQuoteSchema),
  diagnostics: Type.Array(DiagnosticSchema),
  pairs: Type.Object({ aligned: Type.Integer(), possible: Type.Integer() }),
});

const ComparedArticleSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  publisher: Type.Optional(Type.String()),
  published: Type.Optional(Type.String()),
  sentences: Type.Array(Type.String()),
});

/** One row of the side-by-side view (report/side-by-side.ts): sentence indexes of each side. */
export const SideBySideRowSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('aligned'),
    method: MethodSchema,
    original: Type.Array(Type.Integer()),
    copy: Type.Integer(),
    score: Type.Number(),
  }),
  Type.Object({ kind: Type.Literal('added'), copy: Type.Integer() }),
  Type.Object({ kind: Type.Literal('omitted'), original: Type.Integer() }),
]);

/** Two indexed articles compared (report/comparison.ts). */
export const ComparisonSchema = Type.Object({
  a: ComparedArticleSchema,
  b: ComparedArticleSchema,
  relation: StringEnum(['derived', 'independent', 'unrelated']),
  derivation: Type.Union([DerivationSchema, Type.Null()]),
  rows: Type.Array(SideBySideRowSchema),
  quotes: Type.Array(QuoteSchema),
  quoteVariants: Type.Array(QuoteVariantSchema),
});
