// Schemas of articles as posted and as answered: article objects, ingest results and jobs, one stored article.
import { Type } from '@fastify/type-provider-typebox';
import { uploadTypes } from '../../../src/ingest/upload.ts';
import { ArticleSummarySchema, DiagnosticSchema, StringEnum } from './common.ts';
import { ContributionSchema } from './findings.ts';

const metaProperties = {
  id: Type.Optional(
    Type.String({ description: 'default: the url, else article-<hash of the text or html>' }),
  ),
  title: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  publisher: Type.Optional(Type.String()),
  published: Type.Optional(Type.String({ description: 'ISO 8601 publication time' })),
  byline: Type.Optional(Type.String()),
};

/** One article as a JSON object, read as a line of JSON lines is: its `text`, or a web page's `html`. */
export const ArticleInput = Type.Union(
  [
    Type.Object({
      ...metaProperties,
      text: Type.String({ minLength: 1 }),
      html: Type.Optional(Type.String()),
    }),
    Type.Object({ ...metaProperties, html: Type.String({ minLength: 1 }) }),
  ],
  { $id: 'ArticleInput' },
);

/** Most articles POST /api/analyze takes: it analyses in the server's own thread. */
export const maxAnalyzeArticles = 100;

/** The raw media types an upload may have besides JSON: every format a reader reads. */
export const rawUploadTypes = [...Object.keys(uploadTypes), 'application/octet-stream'];

const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** A body that is article objects as JSON, or one upload's bytes in any format a reader reads. */
export const articlesBody = (json: ReturnType<typeof Type.Union> | ReturnType<typeof Type.Array>) => ({
  content: {
    'application/json': { schema: json },
    ...Object.fromEntries(rawUploadTypes.map((type) => [type, { schema: Binary }])),
  },
});

export const IngestResultSchema = Type.Object({
  id: Type.String({ description: "the article's id; for an input that could not be read, its name" }),
  outcome: StringEnum(['added', 'already indexed', 'refused']),
  diagnostic: Type.Optional(DiagnosticSchema),
});

/** What an ingest did: one result per article, and every diagnostic (warnings too). */
export const IngestAnswerSchema = Type.Object({
  results: Type.Array(IngestResultSchema),
  diagnostics: Type.Array(DiagnosticSchema),
});

export const JobAcceptedSchema = Type.Object({ job: Type.String() });

export const JobSchema = Type.Object({
  id: Type.String(),
  state: StringEnum(['queued', 'running', 'done', 'failed']),
  results: Type.Optional(Type.Array(IngestResultSchema)),
  diagnostics: Type.Optional(Type.Array(DiagnosticSchema)),
  error: Type.Optional(Type.String()),
});

/** One stored article: its summary, text, sentences and what it brings to its story. */
export const ArticleAnswerSchema = Type.Object({
  article: Type.Object({
    ...ArticleSummarySchema.properties,
    url: Type.Optional(Type.String()),
    byline: Type.Optional(Type.String()),
  }),
  text: Type.String(),
  sentences: Type.Array(Type.String()),
  contribution: Type.Optional(ContributionSchema),
});
