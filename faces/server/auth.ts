// The token that writes need: `Authorization: Bearer <token>`, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from './errors.ts';

/** A fresh token: 32 random bytes, base64url (43 characters). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A hook refusing a request without the token (NT_HTTP_UNAUTHORIZED, 401). It runs on request, before
 * the body is read, so an unauthorised upload is not parsed. Both tokens are hashed first: equal-length
 * digests compared with timingSafeEqual tell nothing of the token's length or of a matching prefix.
 */
export function requireToken(token: string): onRequestAsyncHookHandler {
  const expected = createHash('sha256').update(token).digest();
  return async (request, reply) => {
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '')?.[1];
    const digest = createHash('sha256')
      .update(given ?? '')
      .digest();
    // Both sides are compared even without a token, so a missing one takes as long as a wrong one.
    if (!timingSafeEqual(digest, expected) || given === undefined) {
      void reply.header('www-authenticate', 'Bearer');
      throw new HttpError(
        401,
        'NT_HTTP_UNAUTHORIZED',
        given === undefined
          ? 'writes need the header Authorization: Bearer <token> (NEWSTRACE_TOKEN, or the token newstrace serve printed)'
          : 'the token is not the one this server accepts',
      );
    }
  };
}
