// A link to a page of this app: a real href (open in a new tab works), followed without a reload.
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './navigation.ts';

/** `<Link to={storyPath(id)}>…</Link>`; `to` is a path of this app, built by routing/route.ts. */
export function Link({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified or middle click keeps the browser's meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={follow}>
      {children}
    </a>
  );
}
