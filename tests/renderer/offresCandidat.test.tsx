import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CvSummary } from '../../shared/contract/cv';
import type { OfferDetail, OfferResults } from '../../shared/domain/offres';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

const detail: OfferDetail = {
  numero: '688418K',
  title: 'Electricien / Electricienne du bâtiment',
  rome: 'F1602',
  romeLabel: 'Électricité bâtiment',
  employer: 'Volts Auvergne',
  commune: 'Clermont-Ferrand',
  departement: '63',
  contract: 'CDI',
  durationMonths: null,
  workingTime: 'plein',
  hoursPerWeek: 35,
  salaryMin: 2000,
  salaryMax: 2300,
  experienceYears: 1,
  skills: [],
  description: 'Pose de gaines et de tableaux.',
  applyMode: 'online',
  applyContact: null,
  publishedAt: '2026-11-20T08:00:00.000Z',
};

const results: OfferResults = {
  exactCount: 1,
  closeCount: 0,
  truncated: false,
  page: 1,
  pageCount: 1,
  appellation: null,
  reference: null,
  offres: [
    {
      numero: '688418K',
      title: detail.title,
      employer: detail.employer,
      commune: detail.commune,
      departement: '63',
      distanceKm: null,
      contract: 'CDI',
      publishedAt: detail.publishedAt,
      relevance: 100,
      match: 'exact',
    },
  ],
};

const cv = (cvId: string, title: string, status: CvSummary['status']): CvSummary => ({
  cvId,
  title,
  rome: 'F1602',
  appellation: 'Electricien / Electricienne du bâtiment',
  status,
  step: 'miseEnLigne',
  percent: 80,
  updatedAt: '2026-12-01T10:00:00.000Z',
});
const PUBLISHED = '11111111-1111-4111-8111-111111111111';
const DRAFT = '22222222-2222-4222-8222-222222222222';

async function openOffres(api: FakeKioskApi) {
  const ctx = await renderApp(api);
  await signIn(ctx);
  await ctx.user.click(screen.getByRole('button', { name: /^Offres d’emploi/ }));
  await screen.findByRole('heading', { level: 1, name: 'Chercher des offres d’emploi' });
  return ctx;
}

describe('Mon classeur d’offres', () => {
  it('lists the saved offers, says once which ones left, and removes one', async () => {
    const api = new FakeKioskApi()
      .respond('offres.classeur', {
        ok: true,
        value: {
          offres: [
            {
              numero: '688418K',
              title: detail.title,
              employer: null,
              commune: 'Clermont-Ferrand',
              departement: '63',
              contract: 'CDI',
              publishedAt: detail.publishedAt,
              savedAt: '2026-12-02T09:00:00.000Z',
            },
          ],
          removed: [{ numero: '900001P', title: 'Boulanger / Boulangère', reason: 'filled' }],
        },
      })
      .respond('offres.unsave', { ok: true, value: {} });
    const ctx = await openOffres(api);
    await ctx.user.click(screen.getByRole('button', { name: 'Mon classeur d’offres' }));
    await screen.findByRole('heading', { level: 1, name: 'Mon classeur d’offres' });
    expect(
      screen.getByText(
        'Cette offre n’est plus disponible : elle a été pourvue. « Boulanger / Boulangère »',
      ),
    ).toBeVisible();
    expect(screen.getByText('Gardée le 02/12/2026')).toBeVisible();
    expect(screen.getByText(/Entreprise anonyme · Clermont-Ferrand \(63\) · CDI/)).toBeVisible();
    await ctx.user.click(screen.getByRole('button', { name: 'Retirer de mon classeur' }));
    expect(await screen.findByText('L’offre n’est plus dans votre classeur.')).toBeVisible();
    expect(screen.queryByRole('button', { name: detail.title })).toBeNull();
    expect(screen.getByText(/Votre classeur est vide/)).toBeVisible();
    expect(api.callsTo('offres.unsave')).toEqual([{ numero: '688418K' }]);
  });
});

describe('alerts by e-mail', () => {
  it('offers the address on file, says next to each field what is wrong, keeps what was typed', async () => {
    const api = new FakeKioskApi()
      .respond('offres.search', { ok: true, value: results })
      .respond('offres.alerts', {
        ok: true,
        value: { alertes: [], email: 'camille.martin@exemple.fr' },
      })
      .respond('offres.createAlert', ({ nom, email, criteria }) => ({
        ok: true,
        value: {
          id: '33333333-3333-4333-8333-333333333333',
          nom,
          email,
          criteria,
          createdAt: '2026-12-05T10:00:00.000Z',
          expiresAt: '2027-03-05T10:00:00.000Z',
        },
      }));
    const ctx = await openOffres(api);
    await ctx.user.type(screen.getByLabelText(/^Métier/), 'electricien');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await ctx.user.click(
      await screen.findByRole('button', { name: 'Recevoir ces offres par courriel' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Recevoir ces offres par courriel' });
    const name = screen.getByLabelText(/^Nom de l’abonnement/);
    const email = screen.getByLabelText(/^Adresse e-mail/);
    expect(name).toHaveValue('electricien');
    expect(email).toHaveValue('camille.martin@exemple.fr');
    await ctx.user.clear(name);
    await ctx.user.clear(email);
    await ctx.user.type(email, 'camille@exemple');
    await ctx.user.click(screen.getByRole('button', { name: 'Enregistrer l’abonnement' }));
    expect(await screen.findByText('Écrivez un nom pour cet abonnement.')).toBeVisible();
    expect(
      screen.getByText('Écrivez une adresse e-mail complète, par exemple nom@exemple.fr.'),
    ).toBeVisible();
    expect(email).toHaveValue('camille@exemple');
    expect(api.callsTo('offres.createAlert')).toEqual([]);

    await ctx.user.type(name, 'Électricien');
    await ctx.user.type(email, '.fr');
    await ctx.user.click(screen.getByRole('button', { name: 'Enregistrer l’abonnement' }));
    await screen.findByRole('heading', { level: 1, name: 'Mes abonnements aux offres' });
    expect(api.callsTo('offres.createAlert')).toEqual([
      { nom: 'Électricien', email: 'camille@exemple.fr', criteria: { texte: 'electricien' } },
    ]);
    expect(
      await screen.findByText('C’est noté. Vous recevrez les nouvelles offres par courriel.'),
    ).toBeVisible();
  });

  it('lists the alerts with the day they stop, and stops one after asking', async () => {
    const alert = {
      id: '33333333-3333-4333-8333-333333333333',
      nom: 'Électricien',
      email: 'camille@exemple.fr',
      criteria: { rome: 'F1602' },
      createdAt: '2026-12-05T10:00:00.000Z',
      expiresAt: '2027-03-05T10:00:00.000Z',
    };
    const api = new FakeKioskApi()
      .respond('offres.alerts', { ok: true, value: { alertes: [alert], email: null } })
      .respond('offres.deleteAlert', { ok: true, value: {} });
    const ctx = await openOffres(api);
    await ctx.user.click(screen.getByRole('button', { name: 'Mes abonnements aux offres' }));
    expect(await screen.findByText('Actif jusqu’au 05/03/2027')).toBeVisible();
    await ctx.user.click(
      screen.getByRole('button', { name: 'Arrêter l’abonnement « Électricien »' }),
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Voulez-vous arrêter cet abonnement ?',
    });
    await ctx.user.click(within(dialog).getByRole('button', { name: 'Oui, arrêter' }));
    expect(await screen.findByText('L’abonnement est arrêté.')).toBeVisible();
    expect(api.callsTo('offres.deleteAlert')).toEqual([{ id: alert.id }]);
  });
});

describe('applying to an offer', () => {
  const apiFor = () =>
    new FakeKioskApi().respond('offres.get', { ok: true, value: detail }).respond('cv.list', {
      ok: true,
      value: {
        cvs: [cv(PUBLISHED, 'Électricien confirmé', 'published'), cv(DRAFT, 'Brouillon', 'draft')],
        max: 5,
      },
    });

  async function openDetail(api: FakeKioskApi) {
    const ctx = await openOffres(api);
    await ctx.user.click(screen.getByLabelText('Par numéro d’offre'));
    await ctx.user.type(screen.getByLabelText(/^Numéro de l’offre/), '688418K');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await screen.findByRole('heading', { level: 2, name: detail.title });
    return ctx;
  }

  it('chooses a CV put online, reads the application back, sends it and gives the reference', async () => {
    const api = apiFor()
      .respond('offres.apply', ({ numero, title }) => ({
        ok: true,
        value: {
          reference: 'APP-20261205-7K4Q2M',
          numero,
          title,
          submittedAt: '2026-12-05T10:00:00.000Z',
          status: 'sent',
        },
      }))
      .respond('offres.printApplication', { ok: true, value: {} });
    const ctx = await openDetail(api);
    await ctx.user.click(screen.getByRole('button', { name: 'Postuler à cette offre' }));
    await screen.findByRole('heading', { level: 1, name: 'Postuler à l’offre' });
    // Only the CVs online in the CV bank can be sent.
    expect(screen.getByLabelText(/Électricien confirmé/)).toBeVisible();
    expect(screen.queryByLabelText(/Brouillon/)).toBeNull();
    await ctx.user.click(screen.getByRole('button', { name: 'Relire ma candidature' }));
    expect(await screen.findByText('Touchez un CV dans la liste.')).toBeVisible();
    await ctx.user.click(screen.getByLabelText(/Électricien confirmé/));
    await ctx.user.type(
      screen.getByLabelText(/^Message à l’employeur/),
      'Disponible tout de suite.',
    );
    // Chosen and typed, not sent: « Terminer » asks first.
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Terminer votre visite ?' });
    await ctx.user.click(within(ask).getByRole('button', { name: 'Continuer ma visite' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Relire ma candidature' }));
    await screen.findByRole('heading', { level: 1, name: 'Relisez votre candidature' });
    expect(screen.getByText('Disponible tout de suite.')).toBeVisible();
    // « Modifier » loses nothing.
    await ctx.user.click(screen.getByRole('button', { name: 'Modifier ma candidature' }));
    expect(await screen.findByLabelText(/^Message à l’employeur/)).toHaveValue(
      'Disponible tout de suite.',
    );
    await ctx.user.click(screen.getByRole('button', { name: 'Relire ma candidature' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Envoyer ma candidature' }));
    await screen.findByRole('heading', { level: 1, name: 'Votre candidature est envoyée' });
    expect(screen.getByText('Référence : APP-20261205-7K4Q2M')).toBeVisible();
    expect(api.callsTo('offres.apply')).toEqual([
      {
        numero: '688418K',
        cvId: PUBLISHED,
        message: 'Disponible tout de suite.',
        title: detail.title,
        cvTitle: 'Électricien confirmé',
      },
    ]);
    await ctx.user.click(screen.getByRole('button', { name: 'Imprimer le justificatif' }));
    expect(await screen.findByText(/Le justificatif est imprimé/)).toBeVisible();
  });

  it('says clearly that the person applied to this offer already', async () => {
    const api = apiFor().fail('offres.apply', 'already_applied');
    const ctx = await openDetail(api);
    await ctx.user.click(screen.getByRole('button', { name: 'Postuler à cette offre' }));
    await ctx.user.click(await screen.findByLabelText(/Électricien confirmé/));
    await ctx.user.click(screen.getByRole('button', { name: 'Relire ma candidature' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Envoyer ma candidature' }));
    expect(await screen.findByText(/Vous avez déjà postulé à cette offre/)).toBeVisible();
  });

  it('shows how to apply instead when the offer takes no online application', async () => {
    const api = apiFor().respond('offres.get', {
      ok: true,
      value: { ...detail, applyMode: 'email', applyContact: 'recrutement@volts.fr' },
    });
    await openDetail(api);
    expect(screen.getByText('recrutement@volts.fr')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Postuler à cette offre' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Garder dans mon classeur' })).toBeVisible();
  });

  it('lists the applications in Mes échanges, one still in the outbox « En cours d’envoi »', async () => {
    const api = new FakeKioskApi()
      .respond('exchanges.overview', {
        ok: true,
        value: { letters: [], appointments: [], adviser: null },
      })
      .respond('documents.list', { ok: true, value: { documents: [] } })
      .respond('offres.applications', {
        ok: true,
        value: {
          candidatures: [
            {
              reference: 'APP-20261205-7K4Q2M',
              numero: '688418K',
              title: detail.title,
              employer: null,
              commune: '',
              sentAt: '2026-12-05T10:00:00.000Z',
              status: 'en_cours',
            },
            {
              reference: 'APP-20261201-ABCDEF',
              numero: '111111A',
              title: 'Boulanger / Boulangère',
              employer: 'Maison Perrin',
              commune: 'Paris',
              sentAt: '2026-12-01T10:00:00.000Z',
              status: 'envoyee',
            },
          ],
        },
      });
    const ctx = await renderApp(api);
    await signIn(ctx);
    await ctx.user.click(screen.getByRole('button', { name: /^Mes échanges/ }));
    const section = await screen.findByRole('region', { name: 'Mes candidatures' });
    const [queued, sent] = await within(section).findAllByRole('listitem');
    expect(within(queued!).getByText('En cours d’envoi')).toBeVisible();
    expect(within(sent!).getByText('Envoyée')).toBeVisible();
    expect(within(sent!).getByText('Maison Perrin · Paris')).toBeVisible();
  });
});
