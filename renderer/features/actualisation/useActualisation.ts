import { useCallback, useEffect, useState } from 'react';
import type { ActualisationStatus, ErrorCode } from '../../../shared/contract';
import { useKioskCall, useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';

/**
 * Asks main (hence the central API) for the period and any declaration, once per mount. The
 * answer is kept in the store, where the review refreshes it after a refusal and a sent
 * declaration updates it; until the store has it, the answer itself is shown, so the tile says
 * the month's status in the very render that receives it.
 */
export function useActualisationStatus(): {
  status: ActualisationStatus | null;
  error: ErrorCode | null;
  loading: boolean;
} {
  const { result, loading } = useKioskQuery('actualisation.status', {});
  const kept = useKioskStore((s) => s.actualisationStatus);
  useEffect(() => {
    if (result?.ok) useKioskStore.getState().setActualisationStatus(result.value);
  }, [result]);
  return {
    status: kept ?? (result?.ok ? result.value : null),
    error: result && !result.ok ? result.error.code : null,
    loading,
  };
}

export type PrintState = 'idle' | 'printing' | 'printed' | ErrorCode;

/** "Imprimer mon justificatif". */
export function usePrintReceipt(): [PrintState, () => void] {
  const { run } = useKioskCall('actualisation.printReceipt');
  const [state, setState] = useState<PrintState>('idle');
  const print = useCallback(() => {
    setState('printing');
    // null: a second press while printing (the first answer sets the state) or the screen is gone.
    void run({}).then((result) => {
      if (result) setState(result.ok ? 'printed' : result.error.code);
    });
  }, [run]);
  return [state, print];
}
