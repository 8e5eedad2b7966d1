import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OfferResults } from '../../shared/domain/offres';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp } from './renderApp';

const offer = (numero: string, match: 'exact' | 'close', relevance: number) => ({
  numero,
  title: match === 'exact' ? 'Boulanger / Boulangère' : 'Pâtissier / Pâtissière',
  employer: numero.endsWith('A') ? null : 'Maison Perrin',
  commune: 'Paris',
  departement: '75',
  distanceKm: 3,
  contract: 'CDI' as const,
  publishedAt: '2026-10-20T08:00:00.000Z',
  relevance,
  match,
});

const results: OfferResults = {
  exactCount: 1,
  closeCount: 1,
  truncated: false,
  page: 1,
  pageCount: 1,
  appellation: { codeOgr: 11573, label: 'Boulanger / Boulangère', rome: 'D1102' },
  reference: 'Paris',
  offres: [offer('123456A', 'exact', 100), offer('654321B', 'close', 52)],
};

async function openSearch() {
  const api = new FakeKioskApi()
    .respond('offres.search', { ok: true, value: results })
    .respond('offres.get', ({ numero }) =>
      numero === '900001P'
        ? { ok: false, error: { code: 'offer_filled', message: 'filled' } }
        : { ok: false, error: { code: 'offer_not_found', message: 'unknown' } },
    );
  const ctx = await renderApp(api);
  await ctx.user.click(screen.getByRole('button', { name: /Chercher des offres d’emploi/ }));
  await screen.findByRole('heading', { level: 1, name: 'Chercher des offres d’emploi' });
  return ctx;
}

describe('offer search', () => {
  it('asks for a job or a place, and for a place picked from the list, next to the field', async () => {
    const ctx = await openSearch();
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('Écrivez un métier, ou choisissez un lieu.')).toBeVisible();
    await ctx.user.type(screen.getByLabelText(/^Lieu de travail/), 'Par');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('Touchez un lieu dans la liste, sous la case.')).toBeVisible();
    // What was typed is still there.
    expect(screen.getByLabelText(/^Lieu de travail/)).toHaveValue('Par');
    expect(ctx.api.calls.some((c) => c.method === 'offres.search')).toBe(false);
  });

  it('sends a typed job as is, and shows exact then close offers with their gauge', async () => {
    const ctx = await openSearch();
    await ctx.user.type(screen.getByLabelText(/^Métier/), 'boulangre');
    await ctx.user.click(screen.getByRole('button', { name: 'Plus de critères' }));
    await ctx.user.click(screen.getByLabelText('CDI (sans date de fin)'));
    await ctx.user.type(screen.getByLabelText(/^Mots-clés/), 'permis  caces');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await screen.findByText('1 offre répond exactement à votre recherche.');
    expect(screen.getByText('1 offre est proche de votre recherche.')).toBeVisible();
    const search = ctx.api.calls.find((c) => c.method === 'offres.search');
    expect(search?.input).toMatchObject({
      texte: 'boulangre',
      contrats: ['CDI'],
      motsCles: ['permis', 'caces'],
      strictement: false,
      tri: 'pertinence',
      page: 1,
    });
    const [exact, close] = screen.getAllByRole('article');
    expect(within(exact!).getByRole('img', { name: 'Pertinence : 4 sur 4' })).toBeVisible();
    expect(within(exact!).getByText('Entreprise anonyme')).toBeVisible();
    expect(within(close!).getByRole('img', { name: 'Pertinence : 2 sur 4' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Offres exactes',
      'Offres proches',
    ]);
  });

  it('says next to the number when it is badly typed, filled or unknown', async () => {
    const ctx = await openSearch();
    await ctx.user.click(screen.getByLabelText('Par numéro d’offre'));
    const field = screen.getByLabelText(/^Numéro de l’offre/);
    await ctx.user.type(field, '12345');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(
      await screen.findByText('Écrivez 6 chiffres et 1 lettre, par exemple 688418K.'),
    ).toBeVisible();
    await ctx.user.clear(field);
    await ctx.user.type(field, '900001p');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText(/Cette offre est pourvue/)).toBeVisible();
    expect(ctx.api.calls.find((c) => c.method === 'offres.get')?.input).toEqual({
      numero: '900001P',
    });
    await ctx.user.clear(field);
    await ctx.user.type(field, '111111A');
    await ctx.user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText(/Aucune offre n’a ce numéro/)).toBeVisible();
  });
});
