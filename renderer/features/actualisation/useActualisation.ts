import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';

/** Asks main (hence the central API) for the period and any declaration, once per mount. */
export function useActualisationStatus(): { error: ErrorCode | null; loading: boolean } {
  const api = useKioskApi();
  const [error, setError] = useState<ErrorCode | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    void api.call('actualisation.status', {}).then((result) => {
      if (!alive) return;
      setLoading(false);
      if (result.ok) useKioskStore.getState().setActualisationStatus(result.value);
      else setError(result.error.code);
    });
    return () => {
      alive = false;
    };
  }, [api]);
  return { error, loading };
}

export type PrintState = 'idle' | 'printing' | 'printed' | ErrorCode;

/** "Imprimer mon justificatif". */
export function usePrintReceipt(): [PrintState, () => void] {
  const api = useKioskApi();
  const [state, setState] = useState<PrintState>('idle');
  const print = useCallback(() => {
    setState('printing');
    void api.call('actualisation.printReceipt', {}).then((result) => {
      setState(result.ok ? 'printed' : result.error.code);
    });
  }, [api]);
  return [state, print];
}
