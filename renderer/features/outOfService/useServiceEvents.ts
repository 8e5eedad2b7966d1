import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';

/** IT put the terminal out of service or back: the screen follows at once, visit or not. */
export function useServiceEvents(): void {
  const api = useKioskApi();
  useEffect(
    () =>
      api.on('terminal.service', ({ outOfService }) => {
        const { settings, setSettings } = useKioskStore.getState();
        if (settings) setSettings({ ...settings, outOfService });
      }),
    [api],
  );
}
