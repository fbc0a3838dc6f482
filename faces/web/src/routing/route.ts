// The pages of the web UI and their addresses: parse a location into a Route, and build paths.

/** One page of the UI with what it shows, as read from the address. */
export type Route =
  | { page: 'stories'; q: string; since: string }
  | { page: 'story'; id: string }
  | { page: 'article'; id: string }
  | { page: 'compare'; a: string; b: string }
  | { page: 'quotes'; speaker: string }
  | { page: 'check' }
  | { page: 'not-found'; path: string };

/**
 * The route of a pathname and query string. Ids are one path segment, percent-encoded (an id may
 * be a URL): `parseRoute('/articles/a%2Fb', '')` → `{ page: 'article', id: 'a/b' }`.
 */
export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const get = (name: string) => query.get(name) ?? '';
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'stories', q: get('q'), since: get('since') };
  if (path === '/compare') return { page: 'compare', a: get('a'), b: get('b') };
  if (path === '/quotes') return { page: 'quotes', speaker: get('speaker') };
  if (path === '/check') return { page: 'check' };
  const match = /^\/(stories|articles)\/([^/]+)$/.exec(path);
  const id = match?.[2] === undefined ? undefined : decodeSegment(match[2]);
  if (match && id !== undefined) return { page: match[1] === 'stories' ? 'story' : 'article', id };
  return { page: 'not-found', path: pathname };
}

/** A percent-encoded path segment decoded; undefined when it is not valid percent-encoding. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** `/?q=…&since=…`, the stories page with its filters. */
export function storiesPath(filters: { q?: string; since?: string } = {}): string {
  return withQuery('/', filters);
}

export const storyPath = (id: string) => `/stories/${encodeURIComponent(id)}`;
export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const comparePath = (a: string, b: string) => withQuery('/compare', { a, b });
export const quotesPath = (speaker = '') => withQuery('/quotes', { speaker });
export const checkPath = () => '/check';

/** A path with the non-empty parameters as its query string. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
