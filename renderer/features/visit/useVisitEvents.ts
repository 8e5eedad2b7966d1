import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { visitEnded } from './endOfVisit';

/**
 * Main's visit events: the idle and maximum-length warnings, the end of the visit (whatever ended it), and the host's
 * refusal of this page when another one drives the kiosk.
 */
export function useVisitEvents(): void {
  const api = useKioskApi();
  useEffect(() => {
    const offWarning = api.on('visit.warning', ({ secondsLeft }) => {
      const { phase, showIdleWarning } = useKioskStore.getState();
      if (phase === 'visit') showIdleWarning(secondsLeft);
    });
    const offMaxLength = api.on('visit.maxLengthWarning', (warning) => {
      const { phase, showMaxLengthWarning } = useKioskStore.getState();
      if (phase === 'visit') showMaxLengthWarning(warning);
    });
    const offEnded = api.on('visit.ended', () => visitEnded(api));
    // Another page drives the kiosk: this one shows why and offers nothing to touch.
    const offRefused = api.onPageRefused?.(() => useKioskStore.getState().pageRefused());
    return () => {
      offWarning();
      offMaxLength();
      offEnded();
      offRefused?.();
    };
  }, [api]);
}
