import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { visitEnded } from './endOfVisit';

/** Main's visit events: the idle warning, and the end of the visit (whatever ended it). */
export function useVisitEvents(): void {
  const api = useKioskApi();
  useEffect(() => {
    const offWarning = api.on('visit.warning', ({ secondsLeft }) => {
      const { phase, showIdleWarning } = useKioskStore.getState();
      if (phase === 'visit') showIdleWarning(secondsLeft);
    });
    const offEnded = api.on('visit.ended', () => visitEnded(api));
    return () => {
      offWarning();
      offEnded();
    };
  }, [api]);
}
