import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EmployerSpace } from '../../shared/domain/employerSpace';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp } from './renderApp';

const certified: EmployerSpace = {
  kind: 'entreprise',
  certification: 'certified',
  name: 'Yann Le Gall',
  establishment: 'BOULANGERIE DU PORT',
  mustChangePassword: false,
};
const ok = <T,>(value: T) => ({ ok: true as const, value });

async function openEmployerSignIn(api: FakeKioskApi) {
  const ctx = await renderApp(api);
  await goToLogin(ctx);
  await ctx.user.click(screen.getByRole('button', { name: 'Je suis un employeur : me connecter' }));
  await screen.findByRole('heading', { level: 1, name: 'Se connecter à mon espace employeur' });
  return ctx;
}

describe('employer space at the kiosk', () => {
  it('refuses wrong codes beside the form, clears the password and keeps the identifiant', async () => {
    const api = new FakeKioskApi().fail('employerSpace.login', 'invalid_credentials');
    const ctx = await openEmployerSignIn(api);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), 'boulangerport');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Pas-le-bon-1');
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue('boulangerport');
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveValue('');
  });

  it('asks for a new password first after a temporary one', async () => {
    const api = new FakeKioskApi()
      .respond(
        'employerSpace.login',
        ok({
          ...certified,
          kind: 'particulier',
          certification: 'pending_adviser',
          mustChangePassword: true,
          establishment: null,
        }),
      )
      .respond('employerSpace.changePassword', ok({}));
    const ctx = await openEmployerSignIn(api);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), 'PEMDURAND');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Provisoire-Emploi1');
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' });
    await ctx.user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'Emploi-Maison-2026');
    await ctx.user.type(
      screen.getByLabelText(/^Confirmez votre mot de passe/),
      'Emploi-Maison-2026',
    );
    await ctx.user.click(screen.getByRole('button', { name: 'Valider' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Accéder à mon espace' }));
    await screen.findByRole('heading', { level: 1, name: 'Mon espace employeur' });
    // A particulier employeur not certified yet: what it can do now and what waits.
    expect(screen.getByText(/pas encore certifié/)).toBeInTheDocument();
    expect(screen.getByText(/pas leurs coordonnées/)).toBeInTheDocument();
    expect(screen.getByText(/Faire une attestation employeur/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publier une offre' })).toBeNull();
    expect(api.callsTo('employerSpace.changePassword')).toHaveLength(1);
  });

  it('publishes an offer: errors beside the fields, nothing lost, a review, then pending', async () => {
    const api = new FakeKioskApi()
      .respond('employerSpace.login', ok(certified))
      .respond(
        'offres.appellations',
        ok({
          hits: [
            {
              codeOgr: 11573,
              label: 'Boulanger / Boulangère',
              rome: 'D1102',
              romeLabel: 'Boulangerie',
            },
          ],
          attribution: 'ROME',
        }),
      )
      .respond(
        'offres.places',
        ok({ places: [{ kind: 'commune', code: '35288', label: 'Saint-Malo (35)' }] }),
      )
      .respond('employerSpace.publish', ok({ status: 'sent', numero: '123456A' }));
    const ctx = await openEmployerSignIn(api);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), 'boulangerport');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Levain-Port-2026');
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { level: 1, name: 'Mon espace employeur' });
    expect(screen.getByText('certifié')).toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Publier une offre' }));
    await screen.findByRole('heading', { level: 1, name: 'Publier une offre d’emploi' });

    await ctx.user.type(screen.getByLabelText(/^Le travail à faire/), 'Trop court');
    await ctx.user.click(screen.getByRole('button', { name: 'Relire l’offre' }));
    expect(
      await screen.findByText('Écrivez un métier, puis touchez-le dans la liste.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Écrivez une ville, puis touchez-la dans la liste.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Écrivez au moins 30 signes pour dire le travail à faire.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Le travail à faire/)).toHaveValue('Trop court');

    await ctx.user.type(screen.getByLabelText(/^Métier/), 'boulangre');
    await ctx.user.click(await screen.findByRole('button', { name: 'Boulanger / Boulangère' }));
    await ctx.user.type(screen.getByLabelText(/^Ville du poste/), 'saint-malo');
    await ctx.user.click(await screen.findByRole('button', { name: 'Saint-Malo (35)' }));
    await ctx.user.selectOptions(screen.getByLabelText(/^Type de contrat/), 'CDD');
    await ctx.user.click(screen.getByText('Temps plein'));
    await ctx.user.click(screen.getByText('Débutant accepté'));
    await ctx.user.type(screen.getByLabelText(/^Salaire par mois, au moins/), '2100');
    await ctx.user.type(screen.getByLabelText(/^Salaire par mois, au plus/), '1900');
    await ctx.user.type(
      screen.getByLabelText(/^Le travail à faire/),
      ' : le pain du matin, avec notre équipe.',
    );
    await ctx.user.click(screen.getByRole('button', { name: 'Relire l’offre' }));
    expect(await screen.findByText('Écrivez une durée de 1 à 36 mois.')).toBeInTheDocument();
    expect(screen.getByText(/salaire « au plus » plus grand/)).toBeInTheDocument();
    await ctx.user.type(screen.getByLabelText(/^Durée du contrat/), '6');
    await ctx.user.clear(screen.getByLabelText(/^Salaire par mois, au plus/));
    await ctx.user.type(screen.getByLabelText(/^Salaire par mois, au plus/), '2300');
    await ctx.user.click(screen.getByRole('button', { name: 'Relire l’offre' }));

    await screen.findByRole('heading', { level: 1, name: 'Relisez votre offre' });
    expect(screen.getByText('Boulanger / Boulangère')).toBeInTheDocument();
    expect(screen.getByText('6 mois')).toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Publier l’offre' }));
    await screen.findByRole('heading', { level: 1, name: 'Votre offre est envoyée' });
    expect(screen.getByText(/en attente de validation/)).toBeInTheDocument();
    expect(screen.getByText('Numéro de l’offre : 123456A.')).toBeInTheDocument();
    expect(api.callsTo('employerSpace.publish')[0]).toMatchObject({
      appellation: { codeOgr: 11573 },
      commune: { code: '35288' },
      contract: 'CDD',
      durationMonths: '6',
      salaryMax: '2300',
    });
  });

  it('lists my offers with their status, the candidatures received and opens a CV', async () => {
    const api = new FakeKioskApi()
      .respond('employerSpace.login', ok(certified))
      .respond(
        'employerSpace.offres',
        ok({
          offres: [
            {
              numero: '123456A',
              title: 'Boulanger / Boulangère',
              commune: 'Saint-Malo',
              contract: 'CDI',
              status: 'published',
              submittedAt: '2026-12-01T09:00:00.000Z',
              candidatures: 1,
            },
            {
              numero: '654321B',
              title: 'Vendeur / Vendeuse',
              commune: 'Saint-Malo',
              contract: 'CDD',
              status: 'pending',
              submittedAt: '2026-12-02T09:00:00.000Z',
              candidatures: 0,
            },
          ],
        }),
      )
      .respond(
        'employerSpace.candidatures',
        ok({
          numero: '123456A',
          title: 'Boulanger / Boulangère',
          candidatures: [
            {
              id: 'c1',
              sentAt: '2026-12-03T10:00:00.000Z',
              name: 'Camille Martin',
              message: 'Disponible tout de suite.',
            },
          ],
        }),
      );
    const ctx = await openEmployerSignIn(api);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), 'boulangerport');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Levain-Port-2026');
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Mes offres' }));
    await screen.findByRole('heading', { level: 1, name: 'Mes offres' });
    const pending = screen.getByRole('heading', { name: 'Vendeur / Vendeuse' }).closest('li')!;
    expect(within(pending).getByText('En attente de validation')).toBeInTheDocument();
    await ctx.user.click(
      screen.getByRole('button', { name: 'Voir la candidature (1) pour Boulanger / Boulangère' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Candidatures reçues' });
    expect(screen.getByRole('heading', { name: 'Camille Martin' })).toBeInTheDocument();
    expect(screen.getByText('Disponible tout de suite.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Voir le CV de Camille Martin' }),
    ).toBeInTheDocument();
  });

  it('asks before « Terminer » drops an offer typed and not sent', async () => {
    const api = new FakeKioskApi().respond('employerSpace.login', ok(certified));
    const ctx = await openEmployerSignIn(api);
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), 'boulangerport');
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'Levain-Port-2026');
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Publier une offre' }));
    await ctx.user.type(screen.getByLabelText(/^Le travail à faire/), 'Pain et croissants');
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
    expect(api.callsTo('visit.end')).toHaveLength(0);
  });
});
