import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/i18n';
import { readBack, spokenChar, spokenKey } from '../../renderer/features/keyboard/spokenKeys';
import { keyboardLayout } from '../../renderer/features/keyboard/layouts';
import { useKioskStore } from '../../renderer/store';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp } from './renderApp';

/** A terminal with the keyboard always shown and the recording speech engine. */
function speakingKeyboard() {
  return new FakeKioskApi()
    .respond('kiosk.settings', {
      ok: true,
      value: {
        mode: 'browser',
        locale: 'fr',
        idleWarningAfterSeconds: 120,
        idleCountdownSeconds: 30,
        maxVisitMinutes: 60,
        keyboard: 'always',
      },
    })
    .respond('speech.status', {
      ok: true,
      value: { engine: 'recording', espeakNg: false, espeakWasm: true, renders: 'recording' },
    })
    .respond('speech.say', { ok: true, value: { kind: 'none' } });
}

const said = (api: FakeKioskApi) =>
  api.callsTo('speech.say').map((input) => (input as { text: string }).text);

const region = () => screen.getByRole('region', { name: 'Clavier à l’écran' });
/** A key by its visible label (role queries over seventy keys are slow in jsdom). */
function key(label: string): HTMLElement {
  const found = within(region())
    .getAllByText(label, { exact: true })
    .map((span) => span.closest('button'))
    .find((button): button is HTMLButtonElement => button !== null);
  if (!found) throw new Error(`no key ${label}`);
  return found;
}

describe('the on-screen keyboard said aloud', () => {
  it('names each letter with its accent, capitals, signs and function keys', () => {
    const t = i18next.t.bind(i18next);
    expect([...'éèêëàâçùûüîïô'].map((c) => spokenChar(c, t))).toEqual([
      'e accent aigu',
      'e accent grave',
      'e accent circonflexe',
      'e tréma',
      'a accent grave',
      'a accent circonflexe',
      'c cédille',
      'u accent grave',
      'u accent circonflexe',
      'u tréma',
      'i accent circonflexe',
      'i tréma',
      'o accent circonflexe',
    ]);
    expect(['œ', 'Æ', 'É', 'B', '7', '@', '_', "'", ' '].map((c) => spokenChar(c, t))).toEqual([
      'o et e collés',
      'a et e collés majuscule',
      'e accent aigu majuscule',
      'b majuscule',
      '7',
      'arobase',
      'tiret bas',
      'apostrophe',
      'Espace',
    ]);
    expect(spokenKey('.fr', t, false)).toBe('point f r');
    expect(spokenKey('{shift}', t, true)).toBe('Majuscule activée');
    expect(spokenKey('{shift}', t, false)).toBe('Majuscule désactivée');
    expect(spokenKey('{bksp}', t, false)).toBe('Effacer');
    expect(spokenKey('{space}', t, false)).toBe('Espace');
    // Every key of every layout has a name of its own: none is said as a bare sign.
    const { layout } = keyboardLayout('email', 'fr', { readBack: true });
    const keys = Object.values(keyboardLayout('text', 'fr', { readBack: true }).layout)
      .concat(Object.values(layout))
      .flatMap((rows) => rows.join(' ').split(' '));
    const bare = keys.filter((k) => /^[^\p{L}\p{N}]+$/u.test(spokenKey(k, t, false)));
    expect(bare).toEqual([]);
  });

  it('speaks the interface language', () => {
    initI18n('en');
    expect(spokenChar('é', i18next.t.bind(i18next))).toBe('e acute');
    initI18n('ar');
    expect(spokenChar('@', i18next.t.bind(i18next))).toBe('علامة آت');
    initI18n('fr');
  });

  it('« Relire »: short values letter by letter, a password by its length only', () => {
    const t = i18next.t.bind(i18next);
    const input = (value: string, type = 'text') => {
      const el = document.createElement('input');
      el.type = type;
      el.value = value;
      return el;
    };
    expect(readBack(input('12A@b.fr'), t)).toBe('1, 2, a majuscule, arobase, b, point, f, r');
    expect(readBack(input('Kiosque2026!', 'password'), t)).toBe('12 caractères saisis');
    expect(readBack(input(''), t)).toBe('vide');
    const long = '12 rue de la République, bâtiment B';
    expect(readBack(input(long), t)).toBe(long);
  });

  it('in speech mode: a key touched says itself, « Relire » reads the field back', async () => {
    const ctx = await renderApp(speakingKeyboard());
    await goToLogin(ctx);
    const identifiant = screen.getByLabelText<HTMLInputElement>(/^Identifiant/);
    await ctx.user.click(identifiant);
    // Speech mode off: the keys type and say nothing; no « Relire » key.
    await ctx.user.click(key('1'));
    expect(said(ctx.api)).toEqual([]);
    expect(within(region()).queryByText('Relire')).toBeNull();

    await ctx.user.click(screen.getByRole('button', { name: 'Lecture vocale' }));
    await ctx.user.click(identifiant);
    for (const label of ['é', 'Majuscule', 'A', '@']) await ctx.user.click(key(label));
    await ctx.user.click(key('Relire'));
    expect(identifiant).toHaveValue('1éA@');
    expect(identifiant).toHaveFocus();
    await waitFor(() =>
      expect(said(ctx.api).slice(-6)).toEqual([
        'e accent aigu',
        'Majuscule activée',
        'a majuscule',
        'arobase',
        'Relire',
        '1, e accent aigu, a majuscule, arobase',
      ]),
    );
    // A dozen touches through user-event and React's whole app: room for a loaded CI machine.
  }, 30_000);

  it('with arrows and Enter: each key said as it is reached, Enter types it, Up goes back', async () => {
    const ctx = await renderApp(speakingKeyboard());
    await goToLogin(ctx);
    act(() => useKioskStore.getState().setSpeech({ speechMode: true }));
    const identifiant = screen.getByLabelText<HTMLInputElement>(/^Identifiant/);
    await ctx.user.click(identifiant);
    // A tactile keypad's keys are not a typing keyboard's: the on-screen one stays.
    fireEvent.keyDown(identifiant, { key: 'ArrowDown' });
    expect(key('é')).toHaveFocus();
    fireEvent.keyDown(key('é'), { key: 'ArrowRight' });
    expect(key('è')).toHaveFocus();
    fireEvent.keyDown(key('è'), { key: 'ArrowDown' });
    expect(key('2')).toHaveFocus();
    fireEvent.keyDown(key('2'), { key: 'Enter' });
    fireEvent.keyDown(key('2'), { key: 'ArrowUp' });
    fireEvent.keyDown(key('è'), { key: 'Enter' });
    expect(identifiant).toHaveValue('2è');
    fireEvent.keyDown(key('è'), { key: 'ArrowUp' });
    expect(identifiant).toHaveFocus();
    expect(region()).toBeVisible();
    // Back in the field, the speech mode says it with what it now holds.
    await waitFor(() =>
      expect(said(ctx.api).slice(-7)).toEqual([
        'e accent aigu',
        'e accent grave',
        '2',
        '2',
        'e accent grave',
        'e accent grave',
        expect.stringMatching(/^Identifiant : 2è\./),
      ]),
    );

    // Capitals re-draw the keys: the focus stays on the key at the same place.
    fireEvent.keyDown(identifiant, { key: 'ArrowDown' });
    expect(key('è')).toHaveFocus();
    fireEvent.keyDown(key('è'), { key: 'ArrowDown' });
    fireEvent.keyDown(key('2'), { key: 'ArrowDown' });
    fireEvent.keyDown(key('z'), { key: 'ArrowDown' });
    fireEvent.keyDown(key('s'), { key: 'ArrowDown' });
    fireEvent.keyDown(key('x'), { key: 'ArrowLeft' });
    fireEvent.keyDown(key('w'), { key: 'ArrowLeft' });
    expect(key('Majuscule')).toHaveFocus();
    fireEvent.keyDown(key('Majuscule'), { key: ' ' });
    await waitFor(() => expect(key('Majuscule')).toHaveFocus());
    expect(key('Majuscule')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(key('Majuscule'), { key: 'Escape' });
    expect(identifiant).toHaveFocus();
    await waitFor(() => expect(said(ctx.api)).toContain('Majuscule activée'));
  }, 15_000);
});
