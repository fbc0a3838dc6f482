// Schemas of quotations: each one with its speaker, and how versions of one differ.
import { Type } from '@fastify/type-provider-typebox';
import { StringEnum } from './common.ts';

const Span = Type.Tuple([Type.Integer(), Type.Integer()], {
  description: '[start, end) in the text as read',
});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const quoteProperties = {
  id: Type.String(),
  article: Type.String(),
  text: Type.String(),
  speaker: Nullable(Type.String()),
  speakerMention: Nullable(Type.String()),
  speakerSpan: Nullable(Span),
  cue: Nullable(Type.String()),
  sentence: Type.Integer(),
  start: Type.Integer(),
  end: Type.Integer(),
  parts: Type.Array(Span),
  fragment: Type.Boolean(),
};

export const QuoteSchema = Type.Object(quoteProperties);

/** A quotation listed across the index, with its article's title. */
export const ListedQuoteSchema = Type.Object({ ...quoteProperties, title: Type.String() });

export const QuoteVariantSchema = Type.Object({
  speaker: Nullable(Type.String()),
  a: Type.String(),
  b: Type.String(),
  kind: StringEnum(['identical', 'cosmetic', 'altered', 'truncated', 'extended']),
  context: StringEnum(['derivation', 'independent']),
  diff: Type.Array(Type.Tuple([StringEnum(['=', '-', '+']), Type.String()])),
});

export const SingleQuoteSchema = Type.Object({
  quote: Type.String(),
  article: Type.String(),
  story: Type.String(),
  addedByCopy: Type.Boolean(),
  indirectIn: Type.Array(Type.Object({ article: Type.String(), sentence: Type.Integer() })),
});

export const IndirectQuoteSchema = Type.Object({
  quote: Type.String(),
  article: Type.String(),
  sentence: Type.Integer(),
});
