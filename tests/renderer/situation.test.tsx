import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parisToday } from '../../shared/domain/situation';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

/** A Paris day `days` from today, typed as JJ/MM/AAAA digits (the field adds the slashes). */
const digits = (days: number) =>
  parisToday(new Date(Date.now() + days * 86_400_000))
    .split('-')
    .reverse()
    .join('');

describe('déclarer un changement de situation', () => {
  it('says a wrong date next to its field, keeps what was typed, and a refusal in plain words', async () => {
    const api = new FakeKioskApi()
      .respond('documents.list', { ok: true, value: { documents: [] } })
      .fail('situation.declare', 'change_already_declared');
    const ctx = await renderApp(api);
    await signIn(ctx);
    await ctx.user.click(screen.getByRole('button', { name: /^Déclarer un changement/ }));
    await ctx.user.click(screen.getByRole('button', { name: 'Je reprends un travail' }));
    const start = screen.getByLabelText(/^Date du premier jour de travail/);
    await ctx.user.type(start, digits(40));
    await ctx.user.type(screen.getByLabelText(/^Employeur/), 'Crêperie Ar Mor');
    await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(start).toHaveAccessibleDescription(/Cette date est trop loin/);
    expect(screen.getByLabelText(/^Employeur/)).toHaveValue('Crêperie Ar Mor');
    expect(await screen.findByText('Choisissez votre type de contrat.')).toBeVisible();
    expect(api.callsTo('situation.declare')).toEqual([]);

    await ctx.user.clear(start);
    await ctx.user.type(start, digits(2));
    await ctx.user.click(screen.getByLabelText(/^CDD/));
    await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Vérifiez votre changement',
    );
    expect(screen.getByText(/Déclarez aussi vos heures à la fin du mois/)).toBeVisible();
    await ctx.user.click(screen.getByRole('button', { name: 'Valider mon changement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vous avez déjà déclaré ce changement',
    );
    expect(api.callsTo('situation.declare')).toEqual([
      {
        change: {
          kind: 'repriseEmploi',
          dateDebut: parisToday(new Date(Date.now() + 2 * 86_400_000)),
          dateFin: null,
          employeur: 'Crêperie Ar Mor',
          contrat: 'cdd',
          organisme: null,
          codePostal: null,
          commune: null,
        },
      },
    ]);
  });
});
