import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between the field and the screen's top edge. */
const MARGIN = 16;
/** Read by renderer/ui/kiosk.css: a step's sticky buttons and the scroll padding sit above it. */
const HEIGHT_VARIABLE = '--kiosk-keyboard-height';

/**
 * Keeps the field being typed into in sight above the docked keyboard. The keyboard publishes its
 * height as a CSS variable, so the page's bottom scroll padding (what sticks to the bottom edge:
 * a step's buttons, now the keyboard too) grows by it; the page then scrolls just enough for the
 * field to sit above that padding and its label below the top edge, again whenever the keyboard
 * changes height (letters ↔ digits) or the screen is resized.
 */
export function useDockedField(
  field: HTMLInputElement | HTMLTextAreaElement,
  dock: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const reveal = () => {
      const panel = dock.current;
      if (!panel) return;
      root.style.setProperty(HEIGHT_VARIABLE, `${panel.getBoundingClientRect().height}px`);
      const box = field.getBoundingClientRect();
      if (box.height === 0) return; // not laid out (hidden, or no layout engine)
      const covered = parseFloat(getComputedStyle(root).scrollPaddingBottom) || 0;
      const limit = Math.min(panel.getBoundingClientRect().top, window.innerHeight - covered);
      const top = Math.min(box.top, field.labels?.[0]?.getBoundingClientRect().top ?? box.top);
      if (box.bottom > limit) window.scrollBy(0, Math.min(box.bottom - limit, top - MARGIN));
      else if (top < MARGIN) window.scrollBy(0, top - MARGIN);
    };
    reveal();
    window.addEventListener('resize', reveal);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reveal);
    if (dock.current) observer?.observe(dock.current);
    return () => {
      window.removeEventListener('resize', reveal);
      observer?.disconnect();
      root.style.removeProperty(HEIGHT_VARIABLE);
    };
  }, [field, dock]);
}
