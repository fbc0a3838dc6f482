// Client-side navigation with the History API: the current address as a React value, and moving to another.
import { useSyncExternalStore } from 'react';

/** Goes to a path of this app without reloading the page, as a link would, and scrolls to the top. */
export function navigate(path: string): void {
  if (path === `${location.pathname}${location.search}`) return;
  history.pushState(null, '', path);
  // pushState fires no event; the one the browser fires for back and forward tells every listener.
  dispatchEvent(new PopStateEvent('popstate'));
  scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  addEventListener('popstate', onChange);
  return () => removeEventListener('popstate', onChange);
}

const currentAddress = () => `${location.pathname}${location.search}`;

/** The current pathname and query string, re-rendering on navigation and on back and forward. */
export function useAddress(): { pathname: string; search: string } {
  const address = useSyncExternalStore(subscribe, currentAddress);
  const at = address.indexOf('?');
  return at < 0
    ? { pathname: address, search: '' }
    : { pathname: address.slice(0, at), search: address.slice(at) };
}
