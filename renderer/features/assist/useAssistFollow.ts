import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';

/** How often the terminal asks where its call stands: an adviser's "J'arrive" shows within 3 s. */
export const ASSIST_POLL_MS = 2_500;

/**
 * While a call for an adviser is open, asks the central API every few seconds whether an adviser
 * has taken it (the person then reads "Un conseiller arrive", with the adviser's first name) or
 * closed it. Mounted once, by the App: the status is shown in several places, asked for once.
 * A failed ask changes nothing: the person keeps waiting, the next ask may succeed.
 */
export function useAssistFollow(): void {
  const api = useKioskApi();
  const requestId = useKioskStore((s) =>
    s.assistStatus === 'sent' || s.assistStatus === 'coming' ? s.assistRequestId : null,
  );
  useEffect(() => {
    if (!requestId) return;
    let stopped = false;
    const ask = async () => {
      const result = await api.call('assist.status', { requestId });
      if (stopped || !result.ok) return;
      // A call withdrawn or replaced meanwhile is not this one any more.
      if (useKioskStore.getState().assistRequestId !== requestId) return;
      useKioskStore.getState().assistFollowed(result.value.state, result.value.adviserPrenom);
    };
    const timer = setInterval(() => void ask(), ASSIST_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, requestId]);
}
