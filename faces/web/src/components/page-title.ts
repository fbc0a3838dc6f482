// Sets the browser tab's title for the page shown.
import { useEffect } from 'react';

/** "Story s1 · newstrace". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · newstrace` : 'newstrace';
  }, [title]);
}
