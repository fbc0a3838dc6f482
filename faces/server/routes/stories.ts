// Stories: GET /api/stories (a page, newest first, filtered by date or words) and GET /api/stories/:id.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { CorpusIndex } from '../../../src/corpus-index/index.ts';
import { HttpError, notFound } from '../errors.ts';
import { errors } from '../schemas/common.ts';
import { StoryDetailSchema, StoryListingSchema } from '../schemas/findings.ts';

const defaultLimit = 50;
const maxLimit = 500;

/** A cursor is opaque to clients: base64url of "s" and the newest ref of the last story listed. */
const toCursor = (before: number) => Buffer.from(`s${before}`).toString('base64url');
function fromCursor(cursor: string): number {
  const m = /^s(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!m) throw new HttpError(400, 'NT_HTTP_BAD_REQUEST', 'cursor: not a cursor this server gave');
  return Number(m[1]);
}

export const storyRoutes: FastifyPluginAsyncTypebox<{ index: CorpusIndex }> = async (app, { index }) => {
  app.get(
    '/stories',
    {
      schema: {
        summary: 'The stories, newest first, a page at a time (newstrace stories --json)',
        querystring: Type.Object({
          since: Type.Optional(
            Type.String({
              description: 'only stories with an article published (or ingested) since this date',
            }),
          ),
          q: Type.Optional(
            Type.String({ description: "words in an article's title, id or publisher, any case" }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: maxLimit, default: defaultLimit })),
          cursor: Type.Optional(Type.String({ description: 'the `next` of the page before' })),
        }),
        response: {
          200: Type.Object({
            stories: Type.Array(StoryListingSchema),
            next: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(400),
        },
      },
    },
    async (request) => {
      const { since, q, limit, cursor } = request.query;
      if (since !== undefined && Number.isNaN(Date.parse(since)))
        throw new HttpError(400, 'NT_HTTP_BAD_REQUEST', 'since: not a date (use e.g. 2026-03-01)');
      const page = await index.storiesPage({
        limit: limit ?? defaultLimit,
        ...(since !== undefined ? { since } : {}),
        ...(q ? { containing: q } : {}),
        ...(cursor !== undefined ? { before: fromCursor(cursor) } : {}),
      });
      return { stories: page.stories, next: page.next === undefined ? null : toCursor(page.next) };
    },
  );

  app.get(
    '/stories/:id',
    {
      schema: {
        summary: 'One story by its label, with its kinships and derivations in full',
        params: Type.Object({ id: Type.String() }),
        response: { 200: StoryDetailSchema, ...errors(404) },
      },
    },
    async (request) => (await index.story(request.params.id)) ?? notFound(`story "${request.params.id}"`),
  );
};
