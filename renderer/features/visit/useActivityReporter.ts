import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';

/** Main needs to hear of activity only often enough to postpone its idle timer. */
export const ACTIVITY_INTERVAL_MS = 5_000;

/** During a visit, any touch or key press tells main the user is there, at most every 5 s. */
export function useActivityReporter(): void {
  const api = useKioskApi();
  const inVisit = useKioskStore((s) => s.phase === 'visit');
  useEffect(() => {
    if (!inVisit) return;
    let last = Number.NEGATIVE_INFINITY;
    const report = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_INTERVAL_MS) return;
      last = now;
      void api.call('visit.activity', {});
    };
    document.addEventListener('pointerdown', report, true);
    document.addEventListener('keydown', report, true);
    return () => {
      document.removeEventListener('pointerdown', report, true);
      document.removeEventListener('keydown', report, true);
    };
  }, [api, inVisit]);
}
