import { useEffect } from 'react';
import { pageTitle } from '../lib/pageTitle';

/** Sets the window title while the screen shows: its own name first, then the app's. */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
