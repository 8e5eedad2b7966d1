import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import { eraseBackward, insertText } from './editField';
import { useDockedField } from './useDockedField';
import { useKeyboardTarget } from './useKeyboardTarget';
import {
  fieldKind,
  isFunctionKey,
  keyboardLayout,
  lettersLayout,
  type FunctionKey,
  type LayoutName,
} from './layouts';
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

const keyNames: Record<FunctionKey, string> = {
  '{bksp}': 'keyboard.keys.erase',
  '{shift}': 'keyboard.keys.shift',
  '{space}': 'keyboard.keys.space',
  '{enter}': 'keyboard.keys.enter',
  '{hide}': 'keyboard.keys.hide',
  '{symbols}': 'keyboard.keys.symbols',
  '{letters}': 'keyboard.keys.letters',
  '{arabic}': 'keyboard.keys.arabic',
};

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
  useDockedField(field, dock);

  useEffect(() => {
    if (!host.current) return;
    const { layout, initial } = keyboardLayout(kind, language);
    const keys = [...new Set(Object.values(layout).flatMap((rows) => rows.join(' ').split(' ')))];
    const fnKeys = keys.filter(isFunctionKey);
    const display = Object.fromEntries(
      keys.map((key) => [key, escapeHtml(isFunctionKey(key) ? t(keyNames[key]) : key)]),
    );
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
          value: t(keyNames[key]),
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
        // Keys type only where the person sees the caret: never into a field that lost the focus.
        if (document.activeElement !== field) return onHide();
        if (button === '{shift}') show(current === 'upper' ? 'lower' : 'upper');
        else if (button === '{symbols}') show('symbols');
        else if (button === '{letters}') show(lettersLayout(language));
        else if (button === '{arabic}') show('arabic');
        else if (button === '{hide}') onHide();
        else if (button === '{bksp}') eraseBackward(field);
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
    return () => {
      keyboard.clearInput();
      keyboard.destroy();
    };
  }, [field, kind, language, onHide, t]);

  return (
    <section
      ref={dock}
      className={styles.dock}
      aria-label={t('keyboard.label')}
      // A touch between the keys must not take the focus from the field either.
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* simple-keyboard names its instance after the element's first class. */}
      <div ref={host} className={styles.keyboard} />
    </section>
  );
}
