// Schemas every route group shares: errors, diagnostics and how an indexed article is named.
import { Type } from '@fastify/type-provider-typebox';
import { type Code, codes } from '../../../src/errors.ts';

/**
 * One of some strings. (As `{ type: 'string', enum }`: fast-json-stringify fails on a union of
 * literals inside a tuple, and an enum reads better in the OpenAPI document.)
 */
export const StringEnum = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

/** Every error answer: a stable code and a message. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({
      description: 'NT_HTTP_* for a request the server refuses, else the NT_* of a diagnostic',
    }),
    message: Type.String(),
  },
  { $id: 'Error' },
);

/** A problem with one input (src/errors.ts): kept as a value, never a failed request. */
export const DiagnosticSchema = Type.Object({
  code: Type.Unsafe<Code>({ type: 'string', enum: Object.keys(codes) }),
  source: Type.String(),
  input: Type.String(),
  message: Type.String(),
  severity: StringEnum(['error', 'warning']),
});

/** An indexed article as answers name it (corpus-index ArticleSummary). */
export const ArticleSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  path: Type.String(),
  story: Type.String(),
  published: Type.Optional(Type.String()),
  publisher: Type.Optional(Type.String()),
});

/** The error answers a route may give, by status code. */
export const errors = (...statuses: Array<400 | 401 | 404 | 413 | 415 | 500>) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
