// POST /api/analyze: articles posted as JSON analysed as `newstrace analyze --json` does; nothing stored.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { readArticleObjects } from '../../../src/ingest/upload.ts';
import { analyze } from '../../../src/pipeline.ts';
import { toJson } from '../../../src/report/json.ts';
import { AnalysisJsonSchema } from '../schemas/analysis.ts';
import { ArticleInput, maxAnalyzeArticles } from '../schemas/articles.ts';
import { errors } from '../schemas/common.ts';

export const analyzeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/analyze',
    {
      schema: {
        summary: 'Analyse articles without storing them (newstrace analyze --json)',
        description: `At most ${maxAnalyzeArticles} articles: the analysis runs in the server's own thread.`,
        body: Type.Array(ArticleInput, { minItems: 1, maxItems: maxAnalyzeArticles }),
        response: { 200: AnalysisJsonSchema, ...errors(400, 413, 415) },
      },
    },
    async (request) => {
      const read = readArticleObjects(request.body);
      const analysis = await analyze(read.articles);
      return toJson({ ...analysis, diagnostics: [...read.diagnostics, ...analysis.diagnostics] });
    },
  );
};
