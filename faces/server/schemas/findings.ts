// Schemas of what the index finds: derivations, kinships, contributions, sources and stories.
import { Type } from '@fastify/type-provider-typebox';
import { ArticleSummarySchema, StringEnum } from './common.ts';

const Range = Type.Tuple([Type.Integer(), Type.Integer()], { description: 'inclusive sentence range' });
export const MethodSchema = StringEnum(['verbatim', 'edited', 'paraphrased']);
const ScopeSchema = StringEnum(['whole', 'partial']);

export const DerivationSchema = Type.Object({
  original: Type.String(),
  copy: Type.String(),
  method: MethodSchema,
  scope: ScopeSchema,
  paragraphs: Type.Optional(Type.Integer()),
  copyCoverage: Type.Number(),
  originalCoverage: Type.Number(),
  confidence: Type.Number(),
  derivedProbability: Type.Number(),
  directionConfidence: Type.Number(),
  evidence: Type.Array(Type.String()),
  passages: Type.Array(
    Type.Object({ original: Range, copy: Range, method: MethodSchema, similarity: Type.Number() }),
  ),
});

export const KinshipSchema = Type.Object({
  a: Type.String(),
  b: Type.String(),
  relation: StringEnum(['siblings', 'indirect']),
  via: Type.Array(Type.String()),
});

const RoleSchema = StringEnum(['original', 'copy', 'independent']);

export const ContributionSchema = Type.Object({
  article: Type.String(),
  role: RoleSchema,
  adds: Type.Object({
    sentences: Type.Array(Type.Integer()),
    quotes: Type.Array(Type.String()),
    names: Type.Array(Type.String()),
    numbers: Type.Array(Type.String()),
    filler: Type.Optional(Type.Array(Type.Integer())),
  }),
  firstWith: Type.Array(Type.Object({ sentence: Type.Integer(), alsoIn: Type.Array(Type.String()) })),
});

/** `newstrace sources <id> --json`. */
export const SourcesSchema = Type.Object({
  article: ArticleSummarySchema,
  derivedFrom: Type.Array(DerivationSchema),
  copiedBy: Type.Array(DerivationSchema),
  kinships: Type.Array(KinshipSchema),
  independent: Type.Array(Type.String()),
  sentences: Type.Record(Type.String(), Type.Array(Type.String())),
});

/** One story of `newstrace stories --json`. */
export const StoryListingSchema = Type.Object({
  story: Type.String(),
  articles: Type.Array(Type.Object({ ...ArticleSummarySchema.properties, role: RoleSchema })),
  derivations: Type.Array(
    Type.Object({
      original: Type.String(),
      copy: Type.String(),
      method: MethodSchema,
      scope: ScopeSchema,
      paragraphs: Type.Optional(Type.Integer()),
      confidence: Type.Number(),
    }),
  ),
  contributions: Type.Array(ContributionSchema),
});

/** A story with its kinships and full derivations. */
export const StoryDetailSchema = Type.Object({
  ...StoryListingSchema.properties,
  kinships: Type.Array(KinshipSchema),
  derivationsFull: Type.Array(DerivationSchema),
});
