// The server's error answers: `{ code, message }` with a stable NT_HTTP_* code for each request it
// refuses, whatever refused it (a route, a schema, the body parser).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Code } from '../../src/errors.ts';

/** Every code the server answers a refused request with (input problems stay diagnostics). */
export const httpCodes = {
  NT_HTTP_BAD_REQUEST:
    'the request is malformed: JSON that does not parse, or a body or parameter failing its schema',
  NT_HTTP_UNAUTHORIZED: 'a write without the right token (Authorization: Bearer <token>)',
  NT_HTTP_NOT_FOUND: 'no article, story, job or route by that name',
  NT_HTTP_TOO_LARGE: 'the body is larger than the server accepts (25 MB unless configured)',
  NT_HTTP_UNSUPPORTED_TYPE: 'the body is neither JSON nor a format newstrace reads (see its Content-Type)',
  NT_HTTP_INTERNAL: 'the server failed; its log says why',
} as const;

export type HttpCode = keyof typeof httpCodes;

/** A refused request: its status and code. Routes throw it; the error handler answers it. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    /** An NT_HTTP_* code, or the NT_* code of the diagnostic that made an article unusable. */
    readonly code: HttpCode | Code,
    message: string,
  ) {
    super(message);
  }
}

/** A caller's mistake in createServer's options (an in-memory database, which threads cannot share). */
export class ServerOptionsError extends Error {
  override name = 'ServerOptionsError';
}

/** The code of a fastify error by its status: what the client did wrong, or a failure of ours. */
function codeOf(error: FastifyError): { status: number; code: HttpCode } {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
    return { status: 413, code: 'NT_HTTP_TOO_LARGE' };
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
    return { status: 415, code: 'NT_HTTP_UNSUPPORTED_TYPE' };
  if (status === 404) return { status, code: 'NT_HTTP_NOT_FOUND' };
  if (status >= 400 && status < 500) return { status, code: 'NT_HTTP_BAD_REQUEST' };
  return { status: 500, code: 'NT_HTTP_INTERNAL' };
}

/** Answers every error as `{ code, message }`; a failure of the server's own says no more than that. */
export function handleError(
  error: FastifyError | HttpError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof HttpError) {
    void reply.code(error.statusCode).send({ code: error.code, message: error.message });
    return;
  }
  // A schema failure is a bad request whatever status fastify would give it.
  const { status, code } = error.validation
    ? { status: 400, code: 'NT_HTTP_BAD_REQUEST' as const }
    : codeOf(error);
  if (status === 500) request.log.error(error);
  void reply
    .code(status)
    .send({ code, message: status === 500 ? httpCodes.NT_HTTP_INTERNAL : error.message });
}

/** Throws NT_HTTP_NOT_FOUND naming what was looked for. */
export function notFound(what: string): never {
  throw new HttpError(404, 'NT_HTTP_NOT_FOUND', `${what} is not in the index`);
}
