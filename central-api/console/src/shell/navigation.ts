import { useCallback, useEffect, useState } from 'react';

/** Where the central API serves the console; page paths are relative to it. */
export const CONSOLE_BASE = '/console/';

const current = (): string =>
  window.location.pathname.startsWith(CONSOLE_BASE)
    ? window.location.pathname.slice(CONSOLE_BASE.length).replace(/\/$/, '')
    : '';

/**
 * The console's page path (e.g. "demandes") and a way to go to another page without a reload
 * (the server answers index.html for every page path, so a reload lands on the same page).
 */
export function useConsolePath(): [string, (path: string) => void] {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onPop = () => setPath(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: string) => {
    window.history.pushState(null, '', CONSOLE_BASE + next);
    setPath(next);
  }, []);
  return [path, go];
}
