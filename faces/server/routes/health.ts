// GET /healthz: the server answers, and how many articles its index holds.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { CorpusIndex } from '../../../src/corpus-index/index.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<{ index: CorpusIndex }> = async (app, { index }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'The server is up; the number of articles indexed',
        response: { 200: Type.Object({ ok: Type.Literal(true), articles: Type.Integer() }) },
      },
    },
    async () => ({ ok: true as const, articles: await index.store.count() }),
  );
};
