import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyCv } from '../../shared/domain/cv';
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
      await ctx.user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
      await screen.findByRole('heading', { level: 1, name: 'Expériences professionnelles' });
      expect(api.callsTo('cv.save')).toHaveLength(2);
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

  it(
    'walks the informations one part at a time, and going back loses nothing typed',
    { timeout: 30_000 },
    async () => {
      const api = cvApi().respond('cv.save', { ok: true, value: { cvId: 'cv-1', status: 'sent' } });
      const ctx = await startCv(api);
      await ctx.user.click(screen.getByLabelText('CDI'));
      const next = () =>
        ctx.user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
      const previous = () => ctx.user.click(screen.getByRole('button', { name: 'Précédent' }));
      const headingIs = async (name: string) => {
        const heading = await screen.findByRole('heading', { level: 1, name });
        // Each part's heading takes the focus and names the page.
        expect(heading).toHaveFocus();
        expect(document.title).toMatch(new RegExp(`^${name} — Mes CV`));
      };
      await next();
      await headingIs('Titre et coordonnées');
      expect(screen.getByText('Partie 1 sur 5 des informations')).toBeVisible();
      await ctx.user.clear(screen.getByLabelText('Titre du CV'));
      await ctx.user.type(screen.getByLabelText('Titre du CV'), 'Caissière');
      await ctx.user.type(screen.getByLabelText('Téléphone'), '06 12 34 56 78');
      await next();
      await headingIs('Expériences professionnelles');
      await ctx.user.click(screen.getByRole('button', { name: 'Ajouter une expérience' }));
      await ctx.user.type(screen.getByLabelText('Poste occupé'), 'Hôte de caisse');
      const start = screen.getByRole('group', { name: 'Début' });
      await ctx.user.selectOptions(within(start).getByLabelText('Mois'), 'mars');
      await ctx.user.selectOptions(within(start).getByLabelText('Année'), '2021');
      // "Poste actuel" hides the end date: a job still held has none.
      expect(screen.getByRole('group', { name: 'Fin' })).toBeVisible();
      await ctx.user.click(screen.getByLabelText('Poste actuel : je l’occupe encore'));
      expect(screen.queryByRole('group', { name: 'Fin' })).toBeNull();

      await previous();
      await headingIs('Titre et coordonnées');
      expect(screen.getByLabelText('Titre du CV')).toHaveValue('Caissière');
      expect(screen.getByLabelText('Téléphone')).toHaveValue('06 12 34 56 78');
      await previous();
      expect(await screen.findByText(/^Métier choisi : Caissier/)).toBeVisible();
      expect(screen.getByLabelText('CDI')).toBeChecked();
      await next();
      await next();
      await headingIs('Expériences professionnelles');
      expect(screen.getByLabelText('Poste occupé')).toHaveValue('Hôte de caisse');
      expect(screen.getByLabelText('Poste actuel : je l’occupe encore')).toBeChecked();
      // A part checks its own fields only: a wrong phone stops the first part, not this one.
      await previous();
      await ctx.user.clear(screen.getByLabelText('Téléphone'));
      await ctx.user.type(screen.getByLabelText('Téléphone'), '12');
      await next();
      expect(await screen.findByText(/Le numéro de téléphone comporte 10 chiffres/)).toBeVisible();
      expect(screen.getByLabelText('Téléphone')).toHaveValue('12');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Titre et coordonnées');
    },
  );

  it(
    'says at once that the job picked already has a CV, and opens that CV',
    { timeout: 30_000 },
    async () => {
      const api = cvApi()
        .respond('cv.list', {
          ok: true,
          value: {
            cvs: [
              {
                cvId: 'cv-9',
                title: 'Caissière en grande surface',
                appellation: 'Caissier / Caissière',
                rome: 'D1505',
                status: 'draft',
                step: 'cible',
                percent: 40,
                updatedAt: '2026-11-02T10:00:00.000Z',
              },
            ],
            max: 5,
          },
        })
        .respond('cv.get', {
          ok: true,
          value: {
            cvId: 'cv-9',
            title: 'Caissière en grande surface',
            rome: 'D1505',
            appellation: 'Caissier / Caissière',
            step: 'cible',
            status: 'draft',
            percent: 40,
            updatedAt: '2026-11-02T10:00:00.000Z',
            content: {
              ...emptyCv(),
              title: 'Caissière en grande surface',
              target: {
                appellation: { codeOgr: 11573, label: 'Caissier / Caissière', rome: 'D1505' },
                places: [],
                contracts: ['CDD'],
                workingTimes: [],
              },
            },
          },
        });
      const ctx = await startCv(api);
      expect(
        await screen.findByText(
          /Vous avez déjà un CV pour ce métier : « Caissière en grande surface »/,
        ),
      ).toBeVisible();
      await ctx.user.click(
        screen.getByRole('button', { name: 'Ouvrir mon CV « Caissière en grande surface »' }),
      );
      // The existing CV, not the new draft: its contract is ticked and no message any more.
      await waitFor(() => expect(screen.getByLabelText('CDD')).toBeChecked());
      expect(useKioskStore.getState().cvId).toBe('cv-9');
      expect(screen.queryByText(/Vous avez déjà un CV pour ce métier/)).toBeNull();
      expect(api.callsTo('cv.save')).toHaveLength(0);
    },
  );
});
