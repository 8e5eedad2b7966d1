import { useCallback, useEffect, useState } from 'react';
import { useKioskStore } from '../../store';
import { isTextField } from './layouts';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A screen's own keypad for one field (the shuffled digit pad of the mot de passe) says so with
 * `data-kiosk-keypad-for="<field id>"`: that field then gets no second pad on top of it.
 */
function hasOwnKeypad(field: Field): boolean {
  return (
    field.id !== '' &&
    document.querySelector(`[data-kiosk-keypad-for="${CSS.escape(field.id)}"]`) !== null
  );
}

/** Inside the on-screen keyboard (its keys, reached with the arrows). */
function inKeyboard(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-kiosk-keyboard]') !== null;
}

/**
 * The text field the on-screen keyboard types into, or null when it should not show. Attached to
 * the whole document (focus and touch on any input or textarea), so that no form has to know about
 * the keyboard: a field gets it by being focused, loses it when the focus leaves for anything that
 * is not a text field. « Masquer le clavier » hides it until a field is touched again; in `auto`
 * mode a physical key press hides it for the rest of the visit.
 */
export function useKeyboardTarget(): { field: Field | null; hide(): void } {
  const mode = useKioskStore((s) => s.settings?.keyboard ?? 'auto');
  const physical = useKioskStore((s) => s.physicalKeyPressed);
  const notePhysicalKey = useKioskStore((s) => s.notePhysicalKey);
  const [field, setField] = useState<Field | null>(null);

  useEffect(() => {
    if (mode === 'never') return;
    const open = (target: EventTarget | null) => {
      if (isTextField(target)) setField(hasOwnKeypad(target) ? null : target);
    };
    /*
     * The focus left the fields (for a button, or for nowhere: a touch on the page's background).
     * The keyboard leaves once the touch or click is over: removed at once, it would shorten the
     * page under the finger, and the button pressed above it would move away before it is released.
     */
    let pressing = false;
    let leaving = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leaveSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        leaving = false;
        const active = document.activeElement;
        if (!isTextField(active) && !inKeyboard(active)) setField(null);
      }, 0);
    };
    const onFocusIn = (event: FocusEvent) => {
      // A key reached with the arrows: the keyboard stays, typing into the field it came from.
      if (inKeyboard(event.target)) return;
      if (isTextField(event.target)) {
        leaving = false;
        open(event.target);
      } else onFocusOut();
    };
    const onFocusOut = () => {
      leaving = true;
      if (!pressing) leaveSoon();
    };
    const onPointerDown = () => {
      pressing = true;
    };
    const onPointerUp = () => {
      pressing = false;
      if (leaving) leaveSoon();
    };
    // A touch on the field that already has the focus brings the keyboard back after « Masquer ».
    const onClick = (event: MouseEvent) => {
      if (event.target === document.activeElement) open(event.target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // The on-screen keyboard dispatches only `input` events: a keydown is a real keyboard's.
      // Only a key that types says so: arrows, Enter, Tab and Escape are also a tactile keypad's,
      // which moves across the on-screen keys and cannot type without them.
      if (mode !== 'auto' || event.repeat || inKeyboard(event.target)) return;
      if (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete')
        notePhysicalKey();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    if (isTextField(document.activeElement)) open(document.activeElement);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      clearTimeout(timer);
    };
  }, [mode, notePhysicalKey]);

  const hide = useCallback(() => setField(null), []);
  const shown = mode === 'always' || (mode === 'auto' && !physical);
  return {
    field: shown && field?.isConnected ? field : null,
    hide,
  };
}
