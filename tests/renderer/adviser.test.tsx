import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explanationTopic } from '../../renderer/features/adviser';
import { useKioskStore } from '../../renderer/store';
import { fr } from '../../renderer/i18n/fr';
import { FakeKioskApi } from './fakeKioskApi';
import { fillLogin, goToLogin, renderApp, signIn } from './renderApp';

type Ctx = Awaited<ReturnType<typeof renderApp>>;

function adviserApi(): FakeKioskApi {
  return new FakeKioskApi()
    .respond('adviser.list', {
      ok: true,
      value: {
        advisers: [
          { staffId: 1, nom: 'Sophie Lambert' },
          { staffId: 2, nom: 'Nadia Roussel' },
        ],
      },
    })
    .respond('adviser.unlock', ({ code }) =>
      code === '246810'
        ? { ok: true, value: { prenom: 'Nadia', expiresInSeconds: 900 } }
        : { ok: false, error: { code: 'invalid_credentials', message: 'scripted' } },
    )
    .respond('adviser.extend', { ok: true, value: { minutes: 15 } })
    .respond('adviser.pauseIdle', ({ paused }) => ({ ok: true, value: { paused } }));
}

/** The person has called; the adviser opens adviser mode with the code. */
async function unlock(ctx: Ctx, code = '246810') {
  await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
  await ctx.user.click(await screen.findByRole('button', { name: 'Espace conseiller' }));
  const dialog = await screen.findByRole('dialog', { name: 'Mode conseiller' });
  await ctx.user.click(await within(dialog).findByRole('radio', { name: 'Nadia Roussel' }));
  await ctx.user.type(within(dialog).getByLabelText(/^Votre code conseiller/), code);
  await ctx.user.click(within(dialog).getByRole('button', { name: 'Ouvrir le mode conseiller' }));
  return dialog;
}

describe('adviser mode', () => {
  it('its way in shows only once the person has called, during a visit', async () => {
    const ctx = await renderApp(adviserApi());
    await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
    expect(screen.queryByRole('button', { name: 'Espace conseiller' })).toBeNull();
    await goToLogin(ctx);
    expect(await screen.findByRole('button', { name: 'Espace conseiller' })).toBeVisible();
    await ctx.user.click(screen.getByRole('button', { name: "Annuler l'appel" }));
    expect(screen.queryByRole('button', { name: 'Espace conseiller' })).toBeNull();
  });

  it('asks for a name and a code; a wrong code is said next to the field; the right one shows the banner', async () => {
    const ctx = await renderApp(adviserApi());
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Espace conseiller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mode conseiller' });
    await ctx.user.click(within(dialog).getByRole('button', { name: 'Ouvrir le mode conseiller' }));
    expect(await within(dialog).findByText('Choisissez votre nom dans la liste.')).toBeVisible();
    expect(
      within(dialog).getByText('Le code a de 4 à 8 chiffres. Tapez-le de nouveau.'),
    ).toBeVisible();
    expect(ctx.api.callsTo('adviser.unlock')).toEqual([]);

    await ctx.user.click(within(dialog).getByRole('radio', { name: 'Nadia Roussel' }));
    await ctx.user.type(within(dialog).getByLabelText(/^Votre code conseiller/), '1111');
    await ctx.user.click(within(dialog).getByRole('button', { name: 'Ouvrir le mode conseiller' }));
    expect(
      await within(dialog).findByText("Ce code n'est pas le bon. Tapez-le de nouveau."),
    ).toBeVisible();
    // The code is gone from the field; the chosen name stays.
    expect(within(dialog).getByLabelText(/^Votre code conseiller/)).toHaveValue('');
    expect(within(dialog).getByRole('radio', { name: 'Nadia Roussel' })).toBeChecked();

    await ctx.user.type(within(dialog).getByLabelText(/^Votre code conseiller/), '246810');
    await ctx.user.click(within(dialog).getByRole('button', { name: 'Ouvrir le mode conseiller' }));
    expect(await screen.findByRole('dialog', { name: 'Outils du conseiller' })).toBeVisible();
    expect(ctx.api.callsTo('adviser.unlock')).toEqual([
      { staffId: 2, code: '1111' },
      { staffId: 2, code: '246810' },
    ]);
    expect(screen.getByText('Un conseiller est présent : Nadia')).toBeInTheDocument();
  });

  it('says how long to wait when the code is locked', async () => {
    const api = adviserApi().respond('adviser.unlock', {
      ok: false,
      error: { code: 'account_locked', message: 'scripted', retryAfterSeconds: 840 },
    });
    const ctx = await renderApp(api);
    await goToLogin(ctx);
    const dialog = await unlock(ctx, '1234');
    expect(
      await within(dialog).findByText('Trop de codes faux. Réessayez dans 14 minutes.'),
    ).toBeVisible();
  });

  it('extends, pauses the idle timer, and gives the screen back as it was when the adviser leaves', async () => {
    const ctx = await renderApp(adviserApi());
    await goToLogin(ctx);
    await fillLogin(ctx, { identifiant: '1234567A', motDePasse: '', codePostal: '75011' });
    await unlock(ctx);
    const tools = await screen.findByRole('dialog', { name: 'Outils du conseiller' });
    await ctx.user.click(within(tools).getByRole('button', { name: 'Donner 15 minutes de plus' }));
    expect(await within(tools).findByText('La visite dure 15 minutes de plus.')).toBeVisible();
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
    await ctx.user.click(within(tools).getByRole('button', { name: 'Arrêter le minuteur' }));
    expect(await within(tools).findByText(/Le minuteur est arrêté/)).toBeVisible();
    // The idle warning main had sent no longer applies.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(tools).getByRole('button', { name: 'Relancer le minuteur' })).toBeVisible();
    expect(ctx.api.callsTo('adviser.pauseIdle')).toEqual([{ paused: true }]);

    await ctx.user.click(within(tools).getByRole('button', { name: 'Quitter le mode conseiller' }));
    expect(ctx.api.callsTo('adviser.leave')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(/Un conseiller est présent/)).toBeNull();
    // Same screen, same typed values.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Se connecter à mon espace personnel',
    );
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue('1234567A');
    expect(screen.getByLabelText(/^Code postal/)).toHaveValue('75011');
  });

  it('gives the focus to the idle warning over its tools, and lets it move between the two', async () => {
    const ctx = await renderApp(adviserApi());
    await signIn(ctx);
    await unlock(ctx);
    const tools = await screen.findByRole('dialog', { name: 'Outils du conseiller' });
    // Two open dialogs each kept the focus "inside" against the other: each move of the focus
    // bounced between them until the stack overflowed.
    let moves = 0;
    const count = () => moves++;
    document.addEventListener('focusin', count);
    try {
      act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
      const warning = screen.getByRole('alertdialog');
      expect(within(warning).getByRole('button', { name: 'Je suis encore là' })).toHaveFocus();
      const pause = within(tools).getByRole('button', { name: 'Arrêter le minuteur' });
      act(() => pause.focus());
      expect(pause).toHaveFocus();
      expect(moves).toBeLessThan(5);
      // The warning gone, the focus stays where the adviser is.
      await ctx.user.click(pause);
      expect(await within(tools).findByText(/Le minuteur est arrêté/)).toBeVisible();
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(within(tools).getByRole('button', { name: 'Relancer le minuteur' })).toHaveFocus();
    } finally {
      document.removeEventListener('focusin', count);
    }
  });

  it('explains the current step in plain words, and records only which step', async () => {
    const ctx = await renderApp(adviserApi());
    await signIn(ctx);
    await unlock(ctx);
    const tools = await screen.findByRole('dialog', { name: 'Outils du conseiller' });
    await ctx.user.click(within(tools).getByRole('button', { name: 'Expliquer cette étape' }));
    const explanation = await screen.findByRole('dialog', { name: 'Cette étape en mots simples' });
    expect(explanation).toHaveTextContent(fr.adviser.explanation.topics.dashboard);
    expect(ctx.api.callsTo('adviser.explain')).toEqual([{ topic: 'dashboard' }]);
    await ctx.user.click(within(explanation).getByRole('button', { name: 'Fermer' }));
    expect(await screen.findByRole('dialog', { name: 'Outils du conseiller' })).toBeVisible();
  });

  it('ends the visit for the person only once confirmed', async () => {
    const ctx = await renderApp(adviserApi());
    await signIn(ctx);
    await unlock(ctx);
    const tools = await screen.findByRole('dialog', { name: 'Outils du conseiller' });
    await ctx.user.click(
      within(tools).getByRole('button', { name: 'Terminer la visite pour la personne' }),
    );
    const confirm = await screen.findByRole('alertdialog', { name: 'Terminer la visite ?' });
    await ctx.user.click(within(confirm).getByRole('button', { name: 'Non, revenir' }));
    expect(ctx.api.callsTo('adviser.endVisit')).toEqual([]);
    await ctx.user.click(
      within(await screen.findByRole('dialog', { name: 'Outils du conseiller' })).getByRole(
        'button',
        { name: 'Terminer la visite pour la personne' },
      ),
    );
    await ctx.user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Oui, terminer la visite',
      }),
    );
    expect(ctx.api.callsTo('adviser.endVisit')).toHaveLength(1);
    // Main ends the visit; the wipe takes the adviser's name with everything else.
    act(() => ctx.api.emit('visit.ended', { reason: 'adviser' }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Bienvenue dans votre agence France Travail',
    });
    expect(useKioskStore.getState().adviserPrenom).toBeNull();
    expect(document.body.textContent).not.toContain('Nadia');
  });

  it("ends by itself when main says adviser mode's time is up", async () => {
    const ctx = await renderApp(adviserApi());
    await signIn(ctx);
    await unlock(ctx);
    await screen.findByRole('dialog', { name: 'Outils du conseiller' });
    act(() => ctx.api.emit('adviser.ended', { reason: 'expired' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(/Un conseiller est présent/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Camille Martin' })).toBeVisible();
  });

  it('has an explanation for every screen and step it names (en and ar: the catalogues test)', () => {
    const state = useKioskStore.getState();
    const topics = new Set<string>();
    for (const screenId of [
      'welcome',
      'login',
      'dashboard',
      'documents',
      'exchanges',
      'offres',
      'registration',
      'registrationResume',
      'employer',
      'passwordForgotten',
      'passwordChange',
      'securityKey',
      'situation',
      'history',
      'identifiantForgotten',
      'paiements',
      'attestations',
      'profil',
    ] as const)
      topics.add(explanationTopic({ ...state, screen: screenId }));
    for (const step of ['intro', 'travail', 'review', 'done'] as const)
      topics.add(explanationTopic({ ...state, screen: 'actualisation', actualisationStep: step }));
    topics.add(explanationTopic({ ...state, screen: 'cv', cvView: 'list' }));
    for (const step of ['cible', 'informations', 'miseEnPage', 'miseEnLigne'] as const)
      topics.add(explanationTopic({ ...state, screen: 'cv', cvView: 'edit', cvStep: step }));
    const texts = fr.adviser.explanation.topics as unknown as Record<string, unknown>;
    const missing = [...topics].filter((topic) => {
      const value = topic
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          texts,
        );
      return typeof value !== 'string';
    });
    expect(missing).toEqual([]);
    expect(topics.size).toBe(24);
  });
});
