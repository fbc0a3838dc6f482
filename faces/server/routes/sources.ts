// POST /api/sources: where an article that is not indexed comes from, answered without storing it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { CorpusIndex } from '../../../src/corpus-index/index.ts';
import type { Diagnostic } from '../../../src/errors.ts';
import type { Ingested } from '../../../src/ingest/index.ts';
import { readArticleObjects, readUpload } from '../../../src/ingest/upload.ts';
import { HttpError } from '../errors.ts';
import { ArticleInput } from '../schemas/articles.ts';
import { errors } from '../schemas/common.ts';
import { SourcesSchema } from '../schemas/findings.ts';

/** One article's page is at most a few megabytes (a WARC record over 5 MB is refused as too large). */
const bodyLimit = 5 * 1024 * 1024;

/** The media types of one article: its text, Markdown or web page. */
const articleTypes = ['text/plain', 'text/markdown', 'text/html', 'application/xhtml+xml'];

/** The article could not be used: the first error about it, as its code and message. */
function refused(diagnostics: Diagnostic[]): never {
  const why = diagnostics.find((d) => d.severity === 'error');
  throw new HttpError(400, why?.code ?? 'NT_HTTP_BAD_REQUEST', why?.message ?? 'no article in the body');
}

export const sourcesRoutes: FastifyPluginAsyncTypebox<{ index: CorpusIndex }> = async (app, { index }) => {
  app.post(
    '/sources',
    {
      bodyLimit,
      schema: {
        summary:
          'The sources of an article that is not indexed (newstrace sources <file> --json); nothing is stored',
        description:
          'One article as a JSON object, or its text, Markdown or HTML as the body. An article that cannot be read or is too short to compare answers 400 with the diagnostic code (NT_INGEST_*).',
        body: {
          content: {
            'application/json': { schema: ArticleInput },
            ...Object.fromEntries(
              articleTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
            ),
          },
        },
        response: { 200: SourcesSchema, ...errors(400, 413, 415) },
      },
    },
    async (request) => {
      const body = request.body as unknown;
      const type = request.headers['content-type'] ?? '';
      if (Buffer.isBuffer(body) && !articleTypes.some((t) => type.toLowerCase().startsWith(t)))
        throw new HttpError(
          415,
          'NT_HTTP_UNSUPPORTED_TYPE',
          `POST /api/sources reads ${articleTypes.join(', ')} or JSON`,
        );
      const read: Ingested = Buffer.isBuffer(body)
        ? await readUpload({ bytes: body, contentType: type })
        : readArticleObjects([body]);
      const article = read.articles[0];
      if (!article) return refused(read.diagnostics);
      const { sources, report } = await index.sourcesOf(article);
      return sources ?? refused(report.diagnostics);
    },
  );
};
