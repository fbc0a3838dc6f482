// Headers that keep the browser from running anything but the web UI's own files: a content security
// policy on HTML, no content sniffing anywhere.
import type { onSendHookHandler } from 'fastify';

/**
 * Scripts, styles, images, fonts, workers and requests only from this origin: no inline script or
 * style element, no eval, no plugins, no framing, no <base> rewriting, forms posting only here.
 */
export const htmlPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A JSON answer opened as a page loads nothing and is shown in no frame. (Scripts get no policy of
 * their own: a worker script's would bind the worker, and the page's policy already governs them.)
 */
const jsonPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Sets the headers on every answer: nosniff, no referrer, and the policy its type calls for. */
export const securityHeaders: onSendHookHandler = async (_request, reply, payload) => {
  const type = String(reply.getHeader('content-type') ?? '');
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('referrer-policy', 'no-referrer');
  if (type.startsWith('text/html')) {
    void reply.header('content-security-policy', htmlPolicy);
    void reply.header('x-frame-options', 'DENY');
  } else if (type.startsWith('application/json')) void reply.header('content-security-policy', jsonPolicy);
  return payload;
};
