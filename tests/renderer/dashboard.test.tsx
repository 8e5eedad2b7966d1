import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

const services = [
  "M'actualiser",
  'Mes paiements',
  'Mes échanges',
  'Envoyer un document',
  'Mes attestations',
  'Déclarer un changement',
  'Mes actualisations',
  'Mes CV',
  'Offres d’emploi',
  'Mon profil',
  'Ma clé de sécurité',
];

describe('dashboard', () => {
  it('greets the user by name and lists every service, each opening its screen', async () => {
    const api = new FakeKioskApi()
      .respond('documents.list', { ok: true, value: { documents: [] } })
      .respond('documents.scanStatus', {
        ok: true,
        value: { state: 'idle', source: 'flatbed', page: 0, percent: 0, pages: [] },
      });
    const ctx = await renderApp(api);
    await signIn(ctx);
    expect(document.title).toBe('Mon espace — Borne France Travail');
    const tiles = within(screen.getByRole('list')).getAllByRole('button');
    expect(tiles).toHaveLength(services.length);
    tiles.forEach((tile, index) => {
      expect(within(tile).getByText(services[index]!, { exact: true })).toBeVisible();
      expect(tile).not.toHaveAttribute('aria-disabled');
    });
    // Nothing is announced as coming when everything is there.
    expect(screen.queryByText('Bientôt', { exact: true })).not.toBeInTheDocument();
    expect(screen.queryByText(/arrivent bientôt sur la borne/)).not.toBeInTheDocument();
    await ctx.user.click(tiles[3]!);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Envoyer un document');
  });

  it('"Terminer" ends the visit, forgets the user and shows the welcome screen', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    await screen.findByRole('button', { name: 'Commencer' });
    expect(ctx.api.callsTo('visit.end')).toEqual([{ reason: 'user' }]);
    expect(document.body.textContent).not.toContain('Martin');
    expect(screen.queryByRole('button', { name: 'Terminer' })).not.toBeInTheDocument();
    expect(document.documentElement.dataset.kioskReady).toBe('welcome');
  });

  it('in browser mode the name is gone at once and the page waits for the wipe reload', async () => {
    const api = new FakeKioskApi();
    api.reloadsOnVisitEnd = true;
    const ctx = await renderApp(api);
    await signIn(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    await screen.findByRole('heading', { level: 1, name: 'Fin de votre visite' });
    expect(document.body.textContent).not.toContain('Camille');
    // Nothing may mistake this page for the next welcome screen before the reload.
    expect(document.documentElement.dataset.kioskReady).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Commencer' })).not.toBeInTheDocument();
  });
});
