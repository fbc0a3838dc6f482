// GET /api/compare: two indexed articles side by side, from an analysis of the pair.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { CorpusIndex } from '../../../src/corpus-index/index.ts';
import { rawArticle } from '../../../src/corpus-index/prepare.ts';
import { analyze } from '../../../src/pipeline.ts';
import { pairComparison } from '../../../src/report/comparison.ts';
import { HttpError, notFound } from '../errors.ts';
import { ComparisonSchema } from '../schemas/analysis.ts';
import { errors } from '../schemas/common.ts';

export const compareRoutes: FastifyPluginAsyncTypebox<{ index: CorpusIndex }> = async (app, { index }) => {
  app.get(
    '/compare',
    {
      schema: {
        summary: 'Two indexed articles compared: their relation, the derivation, aligned rows and quotations',
        description:
          'The two stored texts are analysed as a pair (every sentence pair aligned), so the answer may differ from what the index found with the rest of their story.',
        querystring: Type.Object({ a: Type.String({ minLength: 1 }), b: Type.String({ minLength: 1 }) }),
        response: { 200: ComparisonSchema, ...errors(400, 404) },
      },
    },
    async (request) => {
      const { a, b } = request.query;
      if (a === b) throw new HttpError(400, 'NT_HTTP_BAD_REQUEST', 'a and b: two different articles');
      const [x, y] = [await index.article(a), await index.article(b)];
      if (!x) return notFound(`article "${a}"`);
      if (!y) return notFound(`article "${b}"`);
      return pairComparison(await analyze([rawArticle(x), rawArticle(y)], { compareAll: true }), a, b);
    },
  );
};
