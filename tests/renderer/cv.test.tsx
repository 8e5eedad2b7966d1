import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKioskStore } from '../../renderer/store';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

const hit = {
  codeOgr: 11573,
  label: 'Caissier / Caissière',
  rome: 'D1505',
  romeLabel: 'Personnel de caisse',
};

function cvApi() {
  const api = new FakeKioskApi();
  api.respond('cv.list', { ok: true, value: { cvs: [], max: 5 } });
  api.respond('cv.searchAppellations', {
    ok: true,
    value: {
      hits: [hit],
      attribution: 'Source : France Travail, ROME 4.0 (v4.60), Licence Ouverte 2.0',
    },
  });
  api.respond('cv.searchPlaces', { ok: true, value: { places: [] } });
  api.respond('cv.romeSkills', {
    ok: true,
    value: { skills: ['Encaisser le montant d’une vente'] },
  });
  return api;
}

async function startCv(api: FakeKioskApi) {
  const ctx = await renderApp(api);
  await signIn(ctx);
  await ctx.user.click(screen.getByRole('button', { name: /Mes CV/ }));
  await ctx.user.click(await screen.findByRole('button', { name: 'Créer un CV' }));
  await ctx.user.type(screen.getByLabelText(/^Métier recherché/), 'caissier');
  await ctx.user.click(await screen.findByRole('button', { name: /^Caissier \/ Caissière/ }));
  return ctx;
}

describe('CV editor', () => {
  it(
    'shows the one-CV-per-job refusal next to the job, and keeps what was chosen',
    { timeout: 30_000 },
    async () => {
      const api = cvApi().fail('cv.save', 'invalid_input', {
        'target.appellation': 'cv.validation.sameRome',
      });
      const ctx = await startCv(api);
      await ctx.user.click(screen.getByLabelText('CDI'));
      await ctx.user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
      expect(await screen.findByText(/Vous avez déjà un CV pour ce métier/)).toBeVisible();
      expect(screen.getByText(/^Métier choisi : Caissier \/ Caissière/)).toBeVisible();
      expect(screen.getByLabelText('CDI')).toBeChecked();
      expect(screen.getByText(/^Étape 1 sur 4/)).toBeVisible();
      // The title defaults to the appellation.
      expect(useKioskStore.getState().cvDraft?.title).toBe('Caissier / Caissière');
    },
  );

  it(
    'saves at each step, picks dates by month and year, and forgets the draft at the visit end',
    { timeout: 30_000 },
    async () => {
      const api = cvApi().respond('cv.save', { ok: true, value: { cvId: 'cv-1', status: 'sent' } });
      const ctx = await startCv(api);
      await ctx.user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
      await screen.findByText(/^Étape 2 sur 4/);
      expect(api.callsTo('cv.save')).toHaveLength(1);
      await ctx.user.click(screen.getByRole('button', { name: 'Ajouter une expérience' }));
      const start = screen.getByRole('group', { name: 'Début' });
      await ctx.user.selectOptions(within(start).getByLabelText('Mois'), 'mars');
      await ctx.user.selectOptions(within(start).getByLabelText('Année'), '2021');
      expect(useKioskStore.getState().cvDraft?.experiences[0]?.start).toEqual({
        month: 3,
        year: 2021,
      });
      await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
      expect(await screen.findByRole('alertdialog')).toHaveTextContent(
        "Votre CV en cours de modification n'est pas enregistré.",
      );
      await ctx.user.click(screen.getByRole('button', { name: 'Terminer quand même' }));
      await screen.findByRole('button', { name: 'Commencer' });
      expect(useKioskStore.getState().cvDraft).toBeNull();
      expect(useKioskStore.getState().cvId).toBeNull();
    },
  );
});
