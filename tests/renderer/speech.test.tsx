import { act, render, screen, waitFor } from '@testing-library/react';
import { KioskApiProvider } from '../../renderer/bridge';
import { SpeechStatus } from '../../renderer/features/speech';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../renderer/features/pdfViewer/pdfText';
import { chunks } from '../../renderer/features/speech/speaker';
import { resetKioskStore, useKioskStore } from '../../renderer/store';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp } from './renderApp';

/** The recording engine: main would write the text down and play nothing. */
function recordingApi() {
  return new FakeKioskApi()
    .respond('speech.status', {
      ok: true,
      value: { engine: 'recording', espeakNg: false, espeakWasm: true, renders: 'recording' },
    })
    .respond('speech.say', { ok: true, value: { kind: 'none' } });
}

const said = (api: FakeKioskApi) =>
  api.callsTo('speech.say').map((input) => (input as { text: string }).text);

describe('speech', () => {
  it('« Écouter » reads the sign-in screen: heading, instructions, fields and values, buttons', async () => {
    const ctx = await renderApp(recordingApi());
    await goToLogin(ctx);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), '1234567A');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Kiosque2026!');
    await ctx.user.click(screen.getByRole('button', { name: 'Écouter' }));

    // A long text is said in pieces, one after the other: together they are the screen.
    await waitFor(() => expect(said(ctx.api).join(' ')).toContain('Boutons :'));
    const text = said(ctx.api).join(' ');
    expect(text).toMatch(/^Se connecter à mon espace personnel\. Remplissez les 3 cases\./);
    expect(text).toContain(
      'Identifiant : 1234567A. Le code que France Travail vous a donné, par exemple 1234567A.',
    );
    // The password is never read out, shown or hidden: only how many characters were typed.
    expect(text).toContain('Mot de passe : 12 caractères saisis.');
    expect(text).not.toContain('Kiosque2026');
    expect(text).toContain('Code postal : vide.');
    expect(text).toMatch(/Boutons : .*Se connecter/);
    expect(ctx.api.callsTo('speech.say')[0]).toMatchObject({ lang: 'fr', rate: 1 });
  });

  it('the speech mode reads what gets the focus and the errors, at the speed chosen', async () => {
    const ctx = await renderApp(recordingApi());
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Lecture vocale' }));
    expect(screen.getByRole('button', { name: 'Lecture vocale' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await ctx.user.click(screen.getByRole('button', { name: 'Plus rapide' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));

    // The first faulty field takes the focus: its name, its value and its error are said.
    await waitFor(() =>
      expect(said(ctx.api)).toContain(
        'Identifiant : vide. Le code que France Travail vous a donné, par exemple 1234567A. Ou le code que vous avez choisi. Écrivez votre identifiant.',
      ),
    );
    const last = ctx.api.callsTo('speech.say').at(-1);
    expect(last).toMatchObject({ rate: 1.25 });

    act(() => resetKioskStore({ keepSettings: true }));
    expect(useKioskStore.getState()).toMatchObject({
      speechMode: false,
      speechRate: 1,
      lastUtterance: '',
    });
  });

  it('shows no speech control when the terminal has no voice', async () => {
    const api = new FakeKioskApi().respond('speech.status', {
      ok: true,
      value: { engine: 'auto', espeakNg: false, espeakWasm: false, renders: null },
    });
    await renderApp(api);
    await waitFor(() => expect(api.callsTo('speech.status').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Écouter' })).toBeNull();
  });

  it("a letter's text layer becomes its printed lines, marked content left out", () => {
    expect(
      linesOf([
        { str: 'Madame, ', hasEOL: false },
        { str: 'Monsieur,', hasEOL: true },
        { type: 'beginMarkedContent' },
        { str: '', hasEOL: true },
        { str: 'Vous êtes invité(e)  à un entretien.', hasEOL: false },
      ]),
    ).toEqual(['Madame, Monsieur,', 'Vous êtes invité(e) à un entretien.']);
  });

  it('in speech mode, the idle warning and the end of the visit are said', async () => {
    const ctx = await renderApp(recordingApi());
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Lecture vocale' }));
    act(() => useKioskStore.getState().showIdleWarning(30));
    await waitFor(() =>
      expect(said(ctx.api).some((text) => text.startsWith('Êtes-vous toujours là'))).toBe(true),
    );
    act(() => resetKioskStore({ keepSettings: true }));
    await waitFor(() =>
      expect(said(ctx.api).at(-1)).toBe(
        'Votre visite est terminée. Rien de ce que vous avez fait n’est gardé sur la borne.',
      ),
    );
  });

  it('a long text is said in pieces that end at a sentence and fit the contract', () => {
    const sentence = 'Vous êtes invité à un entretien avec votre conseiller. ';
    const pieces = chunks(sentence.repeat(40));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(600);
      expect(piece).toMatch(/conseiller\.$/);
    }
    expect(pieces.join(' ')).toBe(sentence.repeat(40).trim());
    expect(chunks('mot '.repeat(400)).every((p) => p.length <= 600)).toBe(true);
  });

  it('the admin screen says which engine speaks and what the config asked', async () => {
    const api = new FakeKioskApi().respond('speech.status', {
      ok: true,
      value: { engine: 'auto', espeakNg: false, espeakWasm: true, renders: 'espeak-wasm' },
    });
    render(
      <KioskApiProvider api={api}>
        <SpeechStatus />
      </KioskApiProvider>,
    );
    // jsdom has no platform voice and this terminal no espeak-ng program: auto falls back to the
    // WebAssembly build shipped with the kiosk.
    expect(
      await screen.findByText('Moteur de la voix : espeak-ng (fourni avec la borne)'),
    ).toBeVisible();
    expect(screen.getByText('Réglage : auto')).toBeVisible();
  });
});
