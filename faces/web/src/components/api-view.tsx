// What a page shows while its request is on its way, when it failed, and once it is answered.
import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.ts';

/** The loading line, the error box, or `children(data)`. `what` names the thing asked for ("story s1"). */
export function ApiView<T>({
  state,
  what,
  children,
}: {
  state: ApiState<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorMessage what={what} error={state.error} />;
  return <>{children(state.data)}</>;
}

/** "Loading story s1…", announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** "Could not load story s1: 404 no story s1". */
export function ErrorMessage({ what, error }: { what: string; error: Error }) {
  return (
    <p className="error" role="alert">
      Could not load {what}: {error.message}
    </p>
  );
}
