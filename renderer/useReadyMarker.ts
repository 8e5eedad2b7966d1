import { useEffect } from 'react';
import { useKioskStore } from './store';

let interactiveMarked = false;

/**
 * Tells benchmarks and end-to-end tests where the UI is: <html data-kiosk-ready="welcome|login|…|refused">,
 * absent while loading or ending; and a 'kiosk:interactive' mark the first time the welcome
 * screen can be used (cold-load time).
 */
export function useReadyMarker(ready: boolean): void {
  const screen = useKioskStore((s) => s.screen);
  const phase = useKioskStore((s) => s.phase);
  useEffect(() => {
    const root = document.documentElement;
    if (!ready || phase === 'ending') {
      delete root.dataset.kioskReady;
      return;
    }
    if (phase === 'refused') {
      root.dataset.kioskReady = 'refused';
      return;
    }
    root.dataset.kioskReady = screen;
    if (screen === 'welcome' && !interactiveMarked) {
      interactiveMarked = true;
      performance.mark('kiosk:interactive');
    }
  }, [ready, screen, phase]);
}
