import { useCallback } from 'react';
import type { ErrorCode, ScreenId } from '../../../shared/contract';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { visitEnded } from './endOfVisit';

/**
 * "Commencer": opens a visit on main and goes to the sign-in screen, or to a service open to
 * anyone (offer search). Resolves to an error code.
 */
export function useStartVisit(): (first?: ScreenId) => Promise<ErrorCode | null> {
  const api = useKioskApi();
  return useCallback(
    async (first: ScreenId = 'login') => {
      const result = await api.call('visit.start', {});
      if (!result.ok) return result.error.code;
      const { visitStarted, goTo } = useKioskStore.getState();
      visitStarted(result.value.visitId);
      goTo(first);
      return null;
    },
    [api],
  );
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
