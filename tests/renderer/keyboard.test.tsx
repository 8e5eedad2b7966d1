import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { KeyboardMode } from '../../shared/contract';
import { eraseBackward, insertText } from '../../renderer/features/keyboard/editField';
import { fieldKind, keyboardLayout } from '../../renderer/features/keyboard/layouts';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp } from './renderApp';

const rowsOf = (rows: string[]) => rows.map((row) => row.split(' '));

describe('on-screen keyboard layouts', () => {
  it('French AZERTY with every accented letter on its own row, and capitals', () => {
    const { layout, initial } = keyboardLayout('text', 'fr');
    expect(initial).toBe('lower');
    const [accents, digits, first, second, third] = rowsOf(layout.lower);
    expect(accents).toEqual('é è ê ë à â ç ù û ü î ï ô œ æ'.split(' '));
    expect(digits).toEqual([...'1234567890', '{bksp}']);
    expect(first?.slice(0, 6)).toEqual([...'azerty']);
    expect(second?.slice(0, 10)).toEqual([...'qsdfghjklm']);
    expect(third?.slice(0, 7)).toEqual(['{shift}', ...'wxcvbn']);
    const keys = layout.lower.join(' ').split(' ');
    for (const key of ['@', '.', '-', '_', "'", '{space}', '{enter}', '{hide}', '{shift}'])
      expect(keys).toContain(key);
    expect(layout.upper[0]).toBe('É È Ê Ë À Â Ç Ù Û Ü Î Ï Ô Œ Æ');
    expect(layout.upper[2]).toMatch(/^A Z E R T Y U I O P/);
  });

  it('an e-mail field gets « @ », « .fr » and « .com » above the letters', () => {
    const { layout, initial } = keyboardLayout('email', 'fr');
    expect(initial).toBe('lower');
    expect(layout.lower[0]).toBe('@ .fr .com');
    expect(layout.upper[0]).toBe('@ .fr .com');
  });

  it('numeric fields open on a digit pad: a slash for dates, a comma for amounts, + for phones', () => {
    const numeric = keyboardLayout('numeric', 'fr');
    expect(numeric.initial).toBe('pad');
    expect(
      rowsOf(numeric.layout.pad)
        .flat()
        .filter((k) => /^\d$/.test(k)),
    ).toHaveLength(10);
    // Dates are typed jj/mm/aaaa in numeric fields; NIR's 2A/2B and the rest through « Lettres ».
    expect(numeric.layout.pad[3]).toBe('/ 0 {bksp}');
    expect(numeric.layout.pad[4]).toBe('{letters} {hide} {enter}');
    expect(keyboardLayout('decimal', 'fr').layout.pad[3]).toBe(', 0 {bksp}');
    expect(keyboardLayout('tel', 'fr').layout.pad[3]).toBe('+ 0 {bksp}');
  });

  it('Arabic opens on Arabic letters, with a key to the Latin ones', () => {
    const { layout, initial } = keyboardLayout('text', 'ar');
    expect(initial).toBe('arabic');
    expect(layout.arabic.join(' ')).toContain('ض ص ث ق');
    expect(layout.arabic.at(-1)).toContain('{letters}');
    expect(layout.lower.at(-1)).toContain('{arabic}');
  });

  it('reads the kind from inputMode, then the type, then an e-mail autocomplete', () => {
    const input = (attrs: Record<string, string>) => {
      const el = document.createElement('input');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      return el;
    };
    expect(fieldKind(input({ inputmode: 'numeric' }))).toBe('numeric');
    expect(fieldKind(input({ inputmode: 'decimal' }))).toBe('decimal');
    expect(fieldKind(input({ type: 'tel' }))).toBe('tel');
    expect(fieldKind(input({ type: 'email' }))).toBe('email');
    expect(fieldKind(input({ autocomplete: 'email' }))).toBe('email');
    expect(fieldKind(input({ type: 'password' }))).toBe('text');
    expect(fieldKind(document.createElement('textarea'))).toBe('text');
  });
});

function Controlled() {
  const [value, setValue] = useState('');
  return (
    <label>
      Nom
      <input value={value} maxLength={8} onChange={(e) => setValue(e.target.value.toUpperCase())} />
    </label>
  );
}

function Registered({ onSubmit }: { onSubmit(values: { ville: string }): void }) {
  const { register, handleSubmit } = useForm<{ ville: string }>({ defaultValues: { ville: '' } });
  return (
    <form onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      <label>
        Ville
        <input {...register('ville')} />
      </label>
      <button type="submit">Envoyer</button>
    </form>
  );
}

describe('typing into a field from the keyboard', () => {
  it('a controlled React input sees each key, at the caret, within maxLength', () => {
    render(<Controlled />);
    const field = screen.getByLabelText<HTMLInputElement>('Nom');
    for (const key of [...'duont']) insertText(field, key);
    expect(field.value).toBe('DUONT');
    // The caret moved back between "DU" and "ONT": the letter goes there, the caret after it.
    field.setSelectionRange(2, 2);
    insertText(field, 'p');
    expect(field.value).toBe('DUPONT');
    expect(field.selectionStart).toBe(3);
    eraseBackward(field);
    expect(field.value).toBe('DUONT');
    expect(field.selectionStart).toBe(2);
    field.setSelectionRange(0, 2);
    eraseBackward(field);
    expect(field.value).toBe('ONT');
    for (const key of [...'abcdefgh']) insertText(field, key);
    expect(field.value).toHaveLength(8);
  });

  it('a react-hook-form registered input submits what was typed', async () => {
    const submitted: { ville: string }[] = [];
    render(<Registered onSubmit={(v) => submitted.push(v)} />);
    const field = screen.getByLabelText<HTMLInputElement>('Ville');
    for (const key of [...'Évry']) insertText(field, key);
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(submitted).toEqual([{ ville: 'Évry' }]));
  });
});

function withKeyboard(mode: KeyboardMode) {
  return new FakeKioskApi().respond('kiosk.settings', {
    ok: true,
    value: {
      mode: 'browser',
      locale: 'fr',
      idleWarningAfterSeconds: 120,
      idleCountdownSeconds: 30,
      maxVisitMinutes: 60,
      keyboard: mode,
    },
  });
}

/** simple-keyboard's live instances, each with its own copy of the text typed. */
const instances = () =>
  Object.values(
    (window as unknown as { SimpleKeyboardInstances?: Record<string, { getInput(): string }> })
      .SimpleKeyboardInstances ?? {},
  );

const keyboardRegion = () => screen.queryByRole('region', { name: 'Clavier à l’écran' });

/**
 * A key by its label, as a person reads it (role queries over the seventy keys are slow in jsdom;
 * the accessible names are checked once, in the first test).
 */
function key(label: string): HTMLElement {
  const region = keyboardRegion();
  if (!region) throw new Error('no keyboard');
  const found = within(region)
    .getAllByText(label, { exact: true })
    .map((span) => span.closest('button'))
    .find((button): button is HTMLButtonElement => button !== null);
  if (!found) throw new Error(`no key ${label}`);
  return found;
}

describe('the keyboard on the sign-in screen', () => {
  it('types by touch into the focused field, which keeps the focus, and keeps no copy', async () => {
    const ctx = await renderApp(withKeyboard('auto'));
    await goToLogin(ctx);
    expect(keyboardRegion()).toBeNull();
    const identifiant = screen.getByLabelText<HTMLInputElement>(/^Identifiant/);
    await ctx.user.click(identifiant);
    for (const digit of [...'12']) await ctx.user.click(key(digit));
    await ctx.user.click(key('Majuscule'));
    expect(key('Majuscule')).toHaveAccessibleName('Majuscule');
    expect(key('Majuscule')).toHaveAttribute('aria-pressed', 'true');
    expect(key('É')).toHaveAccessibleName('É');
    await ctx.user.click(key('A'));
    expect(identifiant).toHaveValue('12A');
    expect(identifiant).toHaveFocus();
    // One capital, then small letters again.
    expect(key('a')).toHaveAccessibleName('a');
    expect(key('Effacer')).toHaveAccessibleName('Effacer');
    await ctx.user.click(key('Effacer'));
    expect(identifiant).toHaveValue('12');
    expect(instances().map((k) => k.getInput())).toEqual(['']);

    // Code postal: numeric, so the digit pad and no letters.
    await ctx.user.click(screen.getByLabelText(/^Code postal/));
    expect(() => key('a')).toThrow();
    expect(key('Lettres')).toHaveAccessibleName('Lettres');
    await ctx.user.click(key('Masquer le clavier'));
    expect(keyboardRegion()).toBeNull();
    expect(instances()).toEqual([]);
    await ctx.user.click(screen.getByLabelText(/^Code postal/));
    expect(keyboardRegion()).not.toBeNull();
  }, 15_000); // some thirty steps through user-event and React: room for a loaded CI machine

  it('« Valider » submits the form, as Enter does', async () => {
    const ctx = await renderApp(withKeyboard('always'));
    await goToLogin(ctx);
    await ctx.user.click(screen.getByLabelText(/^Identifiant/));
    await ctx.user.click(key('Valider'));
    // The empty form's errors: the first faulty field has the focus, and the keyboard with it.
    expect(await screen.findByText('Écrivez votre identifiant.')).toBeVisible();
    expect(screen.getByLabelText(/^Identifiant/)).toHaveFocus();
    expect(keyboardRegion()).not.toBeNull();
  });

  it('auto: a physical key hides it for the rest of the visit', async () => {
    const ctx = await renderApp(withKeyboard('auto'));
    await goToLogin(ctx);
    await ctx.user.click(screen.getByLabelText(/^Identifiant/));
    expect(keyboardRegion()).not.toBeNull();
    await ctx.user.keyboard('1');
    expect(keyboardRegion()).toBeNull();
    await ctx.user.click(screen.getByLabelText(/^Code postal/));
    expect(keyboardRegion()).toBeNull();
  });

  it('never: no keyboard at all', async () => {
    const never = await renderApp(withKeyboard('never'));
    await goToLogin(never);
    await never.user.click(screen.getByLabelText(/^Identifiant/));
    expect(keyboardRegion()).toBeNull();
  });

  it('no second pad on the mot de passe while the shuffled digit pad is open', async () => {
    const ctx = await renderApp(withKeyboard('always'));
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Saisir avec le clavier à chiffres' }));
    await ctx.user.click(screen.getByLabelText(/^Mot de passe/));
    expect(keyboardRegion()).toBeNull();
    await ctx.user.click(screen.getByLabelText(/^Identifiant/));
    expect(keyboardRegion()).not.toBeNull();
    // From a field with the keyboard to the one with its own pad: the keyboard goes.
    await ctx.user.click(screen.getByLabelText(/^Mot de passe/));
    await waitFor(() => expect(keyboardRegion()).toBeNull());
  });
});
