import { useEffect } from 'react';

/** Taps in the top-left corner, or presses of the key combination, needed within the window. */
export const CORNER_TAPS = 5;
export const KEY_PRESSES = 3;
export const GESTURE_WINDOW_MS = 3000;
/** The corner (CSS pixels) that counts the taps. */
export const CORNER_SIZE = 80;

const CONTROLS = 'button, a, input, select, textarea, label, [role="button"], [tabindex]';

/** Ctrl+Shift+Q: not a shortcut Chromium or the shell uses, and not typed by accident. */
export function isAdminKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey' | 'altKey'>) {
  return event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'q';
}

/**
 * The hidden way to the admin exit: 5 taps in the top-left corner, or Ctrl+Shift+Q three times,
 * each within 3 seconds. Nothing on screen hints at it (docs/INSTALL.md tells IT staff).
 */
export function useAdminGesture(onOpen: () => void): void {
  useEffect(() => {
    let taps: number[] = [];
    let presses: number[] = [];
    const recent = (times: number[], now: number) =>
      times.filter((t) => now - t < GESTURE_WINDOW_MS);

    const onPointer = (event: PointerEvent) => {
      // A tap on a control is the user using it, never part of the gesture.
      const onControl = event.target instanceof Element && event.target.closest(CONTROLS) !== null;
      if (onControl || event.clientX > CORNER_SIZE || event.clientY > CORNER_SIZE) {
        taps = [];
        return;
      }
      const now = event.timeStamp || performance.now();
      taps = [...recent(taps, now), now];
      if (taps.length >= CORNER_TAPS) {
        taps = [];
        onOpen();
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isAdminKey(event)) return;
      event.preventDefault();
      const now = event.timeStamp || performance.now();
      presses = [...recent(presses, now), now];
      if (presses.length >= KEY_PRESSES) {
        presses = [];
        onOpen();
      }
    };
    window.addEventListener('pointerdown', onPointer, { capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onPointer, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [onOpen]);
}
