import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimpleKeyboard } from 'simple-keyboard';
import { useKioskStore } from '../../store';
import { spokenKey } from './spokenKeys';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** simple-keyboard marks each key with the key it types (`data-skBtn`), each row `hg-row`. */
const KEY = '[data-skbtn]';

function rowsOf(host: HTMLElement): HTMLElement[][] {
  return Array.from(host.querySelectorAll('.hg-row'), (row) =>
    Array.from(row.querySelectorAll<HTMLElement>(KEY)),
  ).filter((row) => row.length > 0);
}

function positionOf(rows: HTMLElement[][], key: Element): [row: number, column: number] | null {
  for (const [r, row] of rows.entries()) {
    const c = row.indexOf(key as HTMLElement);
    if (c >= 0) return [r, c];
  }
  return null;
}

/** The key of another row under the same place: rows share the width, not the number of keys. */
function sameColumn(
  from: HTMLElement[],
  column: number,
  to: HTMLElement[],
): HTMLElement | undefined {
  if (from.length <= 1) return to[0];
  return to[Math.round((column * (to.length - 1)) / (from.length - 1))];
}

/** A field whose arrows belong to it: a list of suggestions, or lines of text. */
function arrowsBelongToField(field: Field): boolean {
  return (
    field instanceof HTMLTextAreaElement ||
    field.getAttribute('role') === 'combobox' ||
    field.hasAttribute('aria-autocomplete') ||
    field.hasAttribute('list')
  );
}

/**
 * The keyboard used without touch (a tactile keypad's arrows and Enter, or arrow keys): Down from
 * the field goes to the keys; the arrows move across them, a key said as it is reached in speech
 * mode; Enter or Space types it into the field; Up from the top row or Escape goes back to the
 * field. Keys are never Tab stops (touch users never meet them in the Tab order); the last key
 * reached is where Down leads next time, and a key reached keeps its place when the layout
 * changes under it (capitals, symbols).
 */
export function useArrowKeys(
  field: Field,
  hostRef: RefObject<HTMLElement | null>,
  keyboardRef: RefObject<SimpleKeyboard | null>,
  speechMode: boolean,
): void {
  const { t } = useTranslation();
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const speak = useKioskStore.getState().speak;
    let last: [number, number] = [0, 0];
    let onKey = false;
    const keyAt = ([r, c]: [number, number]) => {
      const rows = rowsOf(host);
      const row = rows[Math.min(r, rows.length - 1)];
      return row?.[Math.min(c, row.length - 1)];
    };

    const fromField = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' || event.altKey || arrowsBelongToField(field)) return;
      event.preventDefault();
      keyAt(last)?.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      const key = event.target instanceof Element ? event.target.closest(KEY) : null;
      if (!key) return;
      onKey = true;
      last = positionOf(rowsOf(host), key) ?? last;
      const capitals = keyboardRef.current?.options.layoutName === 'upper';
      speak(spokenKey(key.getAttribute('data-skbtn') ?? '', t, capitals));
    };
    const onFocusOut = (event: FocusEvent) => {
      // Left for the field or a button: no key to give the focus back to. (A key re-drawn away
      // leaves the focus to nothing: relatedTarget null.)
      const to = event.relatedTarget;
      if (to instanceof Node && !host.contains(to)) onKey = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.target instanceof Element ? event.target.closest<HTMLElement>(KEY) : null;
      if (!key) return;
      const rows = rowsOf(host);
      const at = positionOf(rows, key);
      if (!at) return;
      const [r, c] = at;
      const row = rows[r] ?? [];
      // The keys are laid out left to right in every language; only the page around them mirrors.
      const rtl = getComputedStyle(key).direction === 'rtl';
      const step = (d: number) => row[c + (rtl ? -d : d)];
      let next: HTMLElement | undefined;
      switch (event.key) {
        case 'ArrowRight':
          next = step(1);
          break;
        case 'ArrowLeft':
          next = step(-1);
          break;
        case 'ArrowDown':
          next = rows[r + 1] && sameColumn(row, c, rows[r + 1] ?? []);
          break;
        case 'ArrowUp':
          if (r === 0) field.focus();
          else next = sameColumn(row, c, rows[r - 1] ?? []);
          break;
        case 'Escape':
          field.focus();
          break;
        case 'Enter':
        case ' ':
          keyboardRef.current?.handleButtonClicked(key.getAttribute('data-skbtn') ?? '');
          break;
        default:
          return;
      }
      // The page neither scrolls nor clicks the key a second time.
      event.preventDefault();
      event.stopPropagation();
      next?.focus();
    };
    // A key pressed may re-draw the keys (capitals, symbols): the one at the same place gets the
    // focus back, or the keyboard would close with the focus gone to the page.
    const observer = new MutationObserver(() => {
      if (onKey && !host.contains(document.activeElement) && document.activeElement !== field)
        keyAt(last)?.focus();
    });
    // One element type for the listener's overloads (a union of two has none).
    const input: HTMLElement = field;
    input.addEventListener('keydown', fromField);
    host.addEventListener('focusin', onFocusIn);
    host.addEventListener('focusout', onFocusOut);
    host.addEventListener('keydown', onKeyDown);
    observer.observe(host, { childList: true, subtree: true });
    return () => {
      input.removeEventListener('keydown', fromField);
      host.removeEventListener('focusin', onFocusIn);
      host.removeEventListener('focusout', onFocusOut);
      host.removeEventListener('keydown', onKeyDown);
      observer.disconnect();
    };
  }, [field, hostRef, keyboardRef, speechMode, t]);
}
