// GET /api/jobs/:id: how an ingest posted with wait=false is getting on, and its results once done.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { notFound } from '../errors.ts';
import type { IngestQueue } from '../jobs/queue.ts';
import { JobSchema } from '../schemas/articles.ts';
import { errors } from '../schemas/common.ts';

export const jobRoutes: FastifyPluginAsyncTypebox<{ jobs: IngestQueue }> = async (app, { jobs }) => {
  app.get(
    '/jobs/:id',
    {
      schema: {
        summary: 'An ingest job: queued, running, done (with its results) or failed',
        params: Type.Object({ id: Type.String() }),
        response: { 200: JobSchema, ...errors(404) },
      },
    },
    async (request) => (await jobs.get(request.params.id)) ?? notFound(`job "${request.params.id}"`),
  );
};
