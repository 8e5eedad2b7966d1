import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import { useKioskStore } from '../../store';
import { eraseBackward, insertText } from './editField';
import { useArrowKeys } from './useArrowKeys';
import { useDockedField } from './useDockedField';
import { useKeyboardTarget } from './useKeyboardTarget';
import {
  fieldKind,
  isFunctionKey,
  keyboardLayout,
  lettersLayout,
  type LayoutName,
} from './layouts';
import { keyLabel, readBack, spokenKey } from './spokenKeys';
import styles from './keyboard.module.css';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * The on-screen keyboard, docked at the bottom of the page under the text field that has the
 * focus (touch terminals have no keyboard, and some compositors show none). It never takes the
 * focus, types through the field's own input events, and keeps nothing of what was typed.
 */
export function OnScreenKeyboard() {
  const { field, hide } = useKeyboardTarget();
  if (!field) return null;
  return <KeyboardPanel field={field} onHide={hide} />;
}

/** simple-keyboard writes labels as HTML: characters such as < and & are escaped first. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function KeyboardPanel({ field, onHide }: { field: Field; onHide(): void }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const dock = useRef<HTMLElement>(null);
  // A field declared left to right (codes, passwords, e-mails: see ui/TextInput) is typed in Latin
  // letters whatever the interface language; the others follow it (Arabic letters in Arabic).
  const language = field.getAttribute('dir') === 'ltr' ? 'latin' : i18n.language;
  const kind = fieldKind(field);
  const speechMode = useKioskStore((s) => s.speechMode);
  const speak = useKioskStore((s) => s.speak);
  const keyboardRef = useRef<Keyboard>(null);
  useDockedField(field, dock);
  useArrowKeys(field, host, keyboardRef, speechMode);

  useEffect(() => {
    if (!host.current) return;
    const { layout, initial } = keyboardLayout(kind, language, { readBack: speechMode });
    const keys = [...new Set(Object.values(layout).flatMap((rows) => rows.join(' ').split(' ')))];
    const fnKeys = keys.filter(isFunctionKey);
    const display = Object.fromEntries(keys.map((key) => [key, escapeHtml(keyLabel(key, t))]));
    const themeOf = (name: LayoutName) =>
      name === 'pad' ? `${styles.keyboard} ${styles.pad}` : styles.keyboard;
    const show = (name: LayoutName) =>
      keyboard.setOptions({ layoutName: name, theme: themeOf(name) });
    const keyboard = new Keyboard(host.current, {
      layout,
      layoutName: initial,
      theme: themeOf(initial),
      display,
      // Keys are buttons a finger presses: never a Tab stop, never the focus (the field keeps it).
      useButtonTag: true,
      preventMouseDownDefault: true,
      disableButtonHold: true,
      disableCaretPositioning: true,
      buttonTheme: [
        { class: styles.key ?? '', buttons: keys.join(' ') },
        { class: styles.functionKey ?? '', buttons: fnKeys.join(' ') },
        { class: styles.space ?? '', buttons: '{space}' },
        { class: styles.enter ?? '', buttons: '{enter}' },
      ],
      buttonAttributes: [
        { attribute: 'type', value: 'button', buttons: keys.join(' ') },
        { attribute: 'tabindex', value: '-1', buttons: keys.join(' ') },
        ...fnKeys.map((key) => ({
          attribute: 'aria-label',
          value: keyLabel(key, t),
          buttons: key,
        })),
      ],
      onRender: (instance) => {
        const upper = instance.options.layoutName === 'upper';
        for (const el of [instance.getButtonElement('{shift}')].flat())
          el?.setAttribute('aria-pressed', String(upper));
      },
      onKeyPress: (button) => {
        const current = keyboard.options.layoutName as LayoutName;
        // Keys type only where the person sees the caret: never into a field that lost the focus
        // (a key reached with the arrows has it, and types into the field it came from).
        const active = document.activeElement;
        if (active !== field && !host.current?.contains(active)) return onHide();
        // In speech mode every key says what it is, and « Majuscule » the state it leaves.
        speak(spokenKey(button, t, button === '{shift}' ? current !== 'upper' : false));
        if (button === '{shift}') show(current === 'upper' ? 'lower' : 'upper');
        else if (button === '{symbols}') show('symbols');
        else if (button === '{letters}') show(lettersLayout(language));
        else if (button === '{arabic}') show('arabic');
        else if (button === '{read}') speak(readBack(field, t));
        else if (button === '{hide}') {
          // From a key reached with the arrows, the focus goes back to the field it typed into.
          if (active !== field) field.focus();
          onHide();
        } else if (button === '{bksp}') eraseBackward(field);
        else if (button === '{space}') insertText(field, ' ');
        else if (button === '{enter}') {
          if (field instanceof HTMLInputElement && field.form) field.form.requestSubmit();
          else onHide();
        } else {
          insertText(field, button);
          // A capital is one letter, as on a phone: the next one is small again.
          if (current === 'upper') show('lower');
        }
      },
      // simple-keyboard keeps its own copy of the text: emptied at every key, so none is kept.
      onChange: () => keyboard.clearInput(),
    });
    keyboardRef.current = keyboard;
    return () => {
      keyboardRef.current = null;
      keyboard.clearInput();
      keyboard.destroy();
    };
  }, [field, kind, language, onHide, t, speechMode, speak]);

  return (
    <section
      ref={dock}
      className={styles.dock}
      aria-label={t('keyboard.label')}
      // Its keys say themselves in speech mode (by name: « e accent aigu », not « é »).
      data-kiosk-speaks-itself=""
      data-kiosk-keyboard=""
      // A touch between the keys must not take the focus from the field either.
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* simple-keyboard names its instance after the element's first class. */}
      <div ref={host} className={styles.keyboard} />
    </section>
  );
}
