import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole kiosk (mounted by `Page`): forms say there how many fields
 * need correcting while the focus goes to the first one. A counter makes the same sentence twice
 * in a row a new announcement. Nothing personal is ever said here, only counts.
 */
let current = { message: '', serial: 0 };
const listeners = new Set<() => void>();

export function announce(message: string): void {
  current = { message, serial: current.serial + 1 };
  for (const listener of listeners) listener();
}

export function useAnnouncement(): { message: string; serial: number } {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
