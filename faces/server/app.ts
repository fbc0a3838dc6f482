// The HTTP API over the index (`newstrace serve`): fastify with one plugin per route group, reads
// answered from the server's connection, writes queued to a worker thread with its own (on
// PostgreSQL through the database's job queue, which other workers may take from too).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifySchemaCompiler } from 'fastify';
import { openCorpusIndex } from '../../src/corpus-index/index.ts';
import { isPostgresUrl, openStore } from '../../src/store/open.ts';
import { generateToken } from './auth.ts';
import { handleError, ServerOptionsError } from './errors.ts';
import { bossQueue } from './jobs/boss-queue.ts';
import { localQueue } from './jobs/local-queue.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { articleRoutes } from './routes/articles.ts';
import { compareRoutes } from './routes/compare.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { sourcesRoutes } from './routes/sources.ts';
import { storyRoutes } from './routes/stories.ts';
import { webRoutes } from './routes/web.ts';
import { rawUploadTypes } from './schemas/articles.ts';
import { securityHeaders } from './security-headers.ts';

export interface ServerOptions {
  /**
   * The index database, created when missing: a SQLite file (not `:memory:`, as the ingest worker
   * opens it too) or a postgres:// URL.
   */
  db: string;
  /** The token writes need; without one a random token is made, which no client knows (writes refused). */
  token?: string;
  /** The built web UI to serve at `/` (default faces/web/dist when it holds an index.html). */
  webRoot?: string;
  /** Largest request body in bytes (default 25 MB); larger ones answer 413. */
  bodyLimit?: number;
  /** Log each request (pino, JSON lines on stdout; default false). */
  logger?: boolean;
}

/** Largest body by default: an upload a little over the 20 MB an input may be, so that limit speaks. */
export const defaultBodyLimit = 25 * 1024 * 1024;

const builtWeb = fileURLToPath(new URL('../web/dist/', import.meta.url));

/**
 * Bodies are checked by TypeBox (no type coercion); query strings and path parameters are converted
 * first ("50" → 50). A raw upload is bytes: its reader judges it, not a schema.
 */
const validatorCompiler: FastifySchemaCompiler<Parameters<typeof TypeBoxValidatorCompiler>[0]['schema']> = (
  route,
) =>
  route.httpPart === 'body' && route.contentType !== undefined && route.contentType !== 'application/json'
    ? (value) => ({ value })
    : TypeBoxValidatorCompiler(route);

/**
 * Opens the index at `options.db` and returns the server (not yet listening): `await app.listen(…)`,
 * and `await app.close()` to stop its worker and close the index. Throws ServerOptionsError for an
 * in-memory database, NewstraceError (NT_INDEX_UNREADABLE) for a file or database that is not an index.
 *
 * @example const app = await createServer({ db: 'newstrace.db', token }); await app.listen({ port: 8080 });
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  if (options.db.trim() === '' || options.db === ':memory:' || options.db.startsWith('file::memory:'))
    throw new ServerOptionsError(
      `serve needs an index file, not "${options.db}": its ingest worker opens the same file on its own connection`,
    );
  const index = await openCorpusIndex(await openStore(options.db));
  // On PostgreSQL, jobs live in the database's queue: any server on it answers for any job, and
  // `newstrace worker` processes may take them as well as this server's worker thread.
  const jobs = isPostgresUrl(options.db) ? await bossQueue(options.db) : localQueue(options.db);
  const token = options.token ?? generateToken();
  const webRoot = options.webRoot ?? (existsSync(`${builtWeb}index.html`) ? builtWeb : undefined);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? defaultBodyLimit });
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', securityHeaders);
  app.addHook('onClose', async () => {
    await jobs.close();
    await index.close();
  });
  // Uploads are read by the readers as bytes; text/plain included, which fastify would parse as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(rawUploadTypes, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'newstrace',
        version: '0.1.0',
        description: 'News provenance over an index: stories, copies and their originals, quotations.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  await typed.register(healthRoutes, { index });
  await typed.register(
    async (api) => {
      await api.register(articleRoutes, { index, jobs, token });
      await api.register(jobRoutes, { jobs });
      await api.register(sourcesRoutes, { index });
      await api.register(storyRoutes, { index });
      await api.register(compareRoutes, { index });
      await api.register(quoteRoutes, { index });
      await api.register(analyzeRoutes);
      api.get(
        '/openapi.json',
        { schema: { summary: 'This API described in OpenAPI 3.1, generated from the route schemas' } },
        async () => app.swagger(),
      );
    },
    { prefix: '/api' },
  );
  if (webRoot) await app.register(webRoutes, { root: webRoot });
  app.setNotFoundHandler(async (request, reply) => {
    const page =
      (request.method === 'GET' || request.method === 'HEAD') && !/^\/api(\/|\?|$)/.test(request.url);
    // The web UI routes its own pages (/stories/…): any other page is its index.html.
    if (page && webRoot) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({
      code: 'NT_HTTP_NOT_FOUND',
      message: `${request.method} ${request.url.split('?')[0]}: no such route`,
    });
  });
  return app;
}
