// Requests to the server's JSON API; a failed request becomes an ApiError with the server's message.

/** A request the server refused or could not answer; `status` is 0 when it was never reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `/api/stories?q=spill` from a path and parameters; empty and undefined parameters are left out. */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Fetches JSON; throws ApiError with the server's `message` (fastify's error shape) when not ok. */
export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, `the server could not be reached (${String(error)})`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, errorMessage(response, body));
  return body as T;
}

/** The message of an error answer: `{ message }` when the server gave one, else the status text. */
function errorMessage(response: Response, body: unknown): string {
  const message =
    typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : undefined;
  return `${response.status} ${message ?? response.statusText}`;
}
