import { useEffect } from 'react';
import { useKioskStore, type DeclaredWork } from '../../store';

/**
 * A screen whose work lives in its own state says, while `active`, that ending the visit would lose
 * it (selectUnsentWork then makes "Terminer" ask); the declaration goes when the screen does.
 */
export function useDeclaredUnsentWork(work: DeclaredWork, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const { declareUnsentWork } = useKioskStore.getState();
    declareUnsentWork(work);
    return () => declareUnsentWork(null);
  }, [work, active]);
}
