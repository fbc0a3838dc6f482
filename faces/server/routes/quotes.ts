// GET /api/quotes: quotations across the index by speaker, newest articles first.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { CorpusIndex } from '../../../src/corpus-index/index.ts';
import { errors } from '../schemas/common.ts';
import { ListedQuoteSchema } from '../schemas/quotes.ts';

export const quoteRoutes: FastifyPluginAsyncTypebox<{ index: CorpusIndex }> = async (app, { index }) => {
  app.get(
    '/quotes',
    {
      schema: {
        summary: 'Quotations whose speaker contains `speaker` (any case), newest articles first',
        querystring: Type.Object({
          speaker: Type.Optional(
            Type.String({ description: 'part of the speaker; every quotation without it' }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
        }),
        response: { 200: Type.Object({ quotes: Type.Array(ListedQuoteSchema) }), ...errors(400) },
      },
    },
    async (request) => {
      const { speaker, limit } = request.query;
      return { quotes: await index.quotations({ limit: limit ?? 50, ...(speaker ? { speaker } : {}) }) };
    },
  );
};
