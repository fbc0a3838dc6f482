// Articles: POST /api/articles (ingest, with the token), GET /api/articles/:id and its sources.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { articleSummary, type CorpusIndex } from '../../../src/corpus-index/index.ts';
import { requireToken } from '../auth.ts';
import { HttpError, notFound } from '../errors.ts';
import type { IngestQueue, Upload } from '../jobs/queue.ts';
import {
  ArticleAnswerSchema,
  ArticleInput,
  articlesBody,
  IngestAnswerSchema,
  JobAcceptedSchema,
} from '../schemas/articles.ts';
import { errors } from '../schemas/common.ts';
import { SourcesSchema } from '../schemas/findings.ts';

/** An upload over this size is always answered at once with its job (202): its ingest takes a while. */
export const waitLimitBytes = 1024 * 1024;

const IdParams = Type.Object({ id: Type.String({ minLength: 1 }) });

export interface ArticleRoutesOptions {
  index: CorpusIndex;
  jobs: IngestQueue;
  token: string;
}

export const articleRoutes: FastifyPluginAsyncTypebox<ArticleRoutesOptions> = async (
  app,
  { index, jobs, token },
) => {
  app.post(
    '/articles',
    {
      onRequest: requireToken(token),
      schema: {
        summary: 'Add articles to the index',
        description:
          'A JSON article object or an array of them, or one upload of any format newstrace reads, chosen by its Content-Type. ' +
          `Answers 201 with each article's outcome once ingested; with wait=false, or for a body over ${waitLimitBytes} bytes, 202 with a job to poll.`,
        security: [{ bearer: [] }],
        querystring: Type.Object({
          wait: Type.Optional(
            Type.Boolean({ description: 'false: answer 202 with the job at once (default true)' }),
          ),
          name: Type.Optional(
            Type.String({
              minLength: 1,
              description: 'a file name for an upload: its id base and name in messages',
            }),
          ),
        }),
        body: articlesBody(Type.Union([ArticleInput, Type.Array(ArticleInput, { minItems: 1 })])),
        response: { 201: IngestAnswerSchema, 202: JobAcceptedSchema, ...errors(400, 401, 413, 415, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const { name } = request.query;
      const upload: Upload = Buffer.isBuffer(body)
        ? {
            kind: 'bytes',
            bytes: new Uint8Array(body),
            ...(request.headers['content-type'] ? { contentType: request.headers['content-type'] } : {}),
            ...(name ? { name } : {}),
          }
        : { kind: 'objects', values: Array.isArray(body) ? body : [body], ...(name ? { name } : {}) };
      const size = Buffer.isBuffer(body) ? body.length : Number(request.headers['content-length'] ?? 0);
      const job = await jobs.submit(upload);
      if (request.query.wait === false || size > waitLimitBytes) return reply.code(202).send({ job: job.id });
      const done = await jobs.finished(job.id);
      if (done.state === 'failed')
        throw new HttpError(500, 'NT_HTTP_INTERNAL', `the ingest failed: ${done.error}`);
      return reply.code(201).send({ results: done.results ?? [], diagnostics: done.diagnostics ?? [] });
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        summary: 'One indexed article: its metadata, text, sentences and what it brings to its story',
        params: IdParams,
        response: { 200: ArticleAnswerSchema, ...errors(404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const article = await index.article(id);
      if (!article) return notFound(`article "${id}"`);
      const [contribution] = (await index.store.findingsOf(id)).contributions;
      const { url, byline } = article.meta;
      return {
        article: { ...articleSummary(article), ...(url ? { url } : {}), ...(byline ? { byline } : {}) },
        text: article.text,
        sentences: article.sentences,
        ...(contribution ? { contribution } : {}),
      };
    },
  );

  app.get(
    '/articles/:id/sources',
    {
      schema: {
        summary: 'Where an indexed article comes from and who took from it (newstrace sources <id> --json)',
        params: IdParams,
        response: { 200: SourcesSchema, ...errors(404) },
      },
    },
    async (request) => (await index.sources(request.params.id)) ?? notFound(`article "${request.params.id}"`),
  );
};
