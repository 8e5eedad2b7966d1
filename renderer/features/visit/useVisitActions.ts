import { useCallback } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { visitEnded } from './endOfVisit';

/** "Commencer": opens a visit on main and goes to the sign-in screen. Resolves to an error code. */
export function useStartVisit(): () => Promise<ErrorCode | null> {
  const api = useKioskApi();
  return useCallback(async () => {
    const result = await api.call('visit.start', {});
    if (!result.ok) return result.error.code;
    const { visitStarted, goTo } = useKioskStore.getState();
    visitStarted(result.value.visitId);
    goTo('login');
    return null;
  }, [api]);
}

/**
 * "Terminer" / "Annuler": main ends and wipes the visit. The UI forgets the user whatever the
 * answer: someone who asked to leave must never find their data still on screen.
 */
export function useEndVisit(): () => Promise<void> {
  const api = useKioskApi();
  return useCallback(async () => {
    await api.call('visit.end', { reason: 'user' });
    visitEnded(api);
  }, [api]);
}
