// A React hook that fetches one API URL and says whether it is loading, failed or answered.
import { useEffect, useState } from 'react';
import { fetchJson } from './client.ts';

/** What a request has come to. */
export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ok'; data: T };

/**
 * Fetches `url` (GET) whenever it changes, abandoning the previous request; `null` fetches nothing
 * and stays loading. `useApi<StoryAnswer>('/api/stories/s1')`.
 */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<{ url: string | null; value: ApiState<T> }>({
    url,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setState({ url, value: { status: 'loading' } });
    fetchJson<T>(url, { signal: controller.signal }).then(
      (data) => setState({ url, value: { status: 'ok', data } }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ url, value: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [url]);
  // Note: until the effect runs for a new URL, the state still holds the old URL's answer.
  return state.url === url ? state.value : { status: 'loading' };
}
