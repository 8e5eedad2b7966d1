import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskApi, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';

/**
 * Asks main (hence the central API) for the period and any declaration, once per mount. The
 * answer is kept in the store, not here: the review refreshes it after a refusal and a sent
 * declaration updates it, and the tile and the screen both read it from there.
 */
export function useActualisationStatus(): { error: ErrorCode | null; loading: boolean } {
  const { result, loading } = useKioskQuery('actualisation.status', {});
  useEffect(() => {
    if (result?.ok) useKioskStore.getState().setActualisationStatus(result.value);
  }, [result]);
  return { error: result && !result.ok ? result.error.code : null, loading };
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
