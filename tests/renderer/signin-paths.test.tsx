import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shuffledDigits } from '../../renderer/features/login/DigitPad';
import { FakeKioskApi, demoProfile } from './fakeKioskApi';
import { demo, fillLogin, goToLogin, renderApp } from './renderApp';

describe('sign-in paths', () => {
  it('a locked account says how many minutes to wait, from retryAfterSeconds', async () => {
    const api = new FakeKioskApi().respond('auth.login', {
      ok: false,
      error: { code: 'account_locked', message: 'scripted', retryAfterSeconds: 540 },
    });
    const ctx = await renderApp(api);
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('votre accès est bloqué pendant 9 minute(s)');
    // The identifiant stays, so the user can try again later; the refused password does not.
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue(demo.identifiant);
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveValue('');
  });

  it("an employer space's codes say where that space opens, instead of « incorrect »", async () => {
    const ctx = await renderApp(new FakeKioskApi().fail('auth.login', 'employer_space'));
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ces codes sont ceux d’un espace employeur');
    expect(alert).toHaveTextContent('pro.francetravail.fr');
    expect(alert).toHaveTextContent('L’accueil de l’agence peut aussi vous aider.');
    expect(alert).not.toHaveTextContent('incorrect');
  });

  it('a temporary password leads to the new-password screen, not the dashboard', async () => {
    const api = new FakeKioskApi().respond('auth.login', {
      ok: true,
      value: { profile: demoProfile, mustChangePassword: true, access: 'espace' },
    });
    const ctx = await renderApp(api);
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' });
    await ctx.user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'court');
    expect(screen.getByText('au moins 12 caractères').closest('li')).toHaveTextContent(
      'non respecté',
    );
    await ctx.user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(screen.getByLabelText(/^Nouveau mot de passe/)).toHaveAccessibleDescription(
      'Écrivez au moins 12 caractères.',
    );
    expect(api.callsTo('password.change')).toHaveLength(0);
    await ctx.user.clear(screen.getByLabelText(/^Nouveau mot de passe/));
    await ctx.user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'Bordeaux-Quais-2026');
    expect(screen.getByText('au moins 12 caractères').closest('li')).toHaveTextContent('respecté');
    await ctx.user.type(screen.getByLabelText(/^Confirmez/), 'Bordeaux-Quais-2026');
    api.respond('password.change', { ok: true, value: {} });
    await ctx.user.click(screen.getByRole('button', { name: 'Valider' }));
    await screen.findByRole('heading', { level: 1, name: 'Mot de passe modifié' });
    expect(screen.queryByDisplayValue('Bordeaux-Quais-2026')).not.toBeInTheDocument();
    await ctx.user.click(screen.getByRole('button', { name: 'Accéder à mon espace' }));
    await screen.findByRole('heading', { level: 1, name: 'Bonjour Camille Martin' });
    expect(api.callsTo('password.change')).toEqual([
      { nouveauMotDePasse: 'Bordeaux-Quais-2026', confirmation: 'Bordeaux-Quais-2026' },
    ]);
  });

  it('the digit pad types into the password field, and its keys are shuffled', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Saisir avec le clavier à chiffres' }));
    const pad = screen.getByRole('group', { name: /Clavier à chiffres/ });
    for (const d of '4829') await ctx.user.click(within(pad).getByRole('button', { name: d }));
    await ctx.user.click(within(pad).getByRole('button', { name: 'Effacer le dernier chiffre' }));
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveValue('482');
    const orders = new Set(Array.from({ length: 20 }, () => shuffledDigits().join('')));
    expect(orders.size).toBeGreaterThan(1);
    for (const order of orders) expect([...order].sort().join('')).toBe('0123456789');
  });

  it('forgotten password: question, wrong answer explained, then "sent by e-mail" without showing it', async () => {
    const api = new FakeKioskApi()
      .respond('password.question', { ok: true, value: { questionSecrete: 'villeNaissance' } })
      .respond('password.reset', {
        ok: false,
        error: { code: 'invalid_credentials', message: 'x' },
      });
    const ctx = await renderApp(api);
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Mot de passe oublié ?' }));
    await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' });
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), '7654321B');
    await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
    const answer = await screen.findByLabelText(/Nom de votre ville de naissance/);
    await ctx.user.type(answer, 'Brest');
    await ctx.user.click(
      screen.getByRole('button', { name: 'Recevoir un mot de passe provisoire' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre identifiant ou votre réponse n’est pas bon',
    );
    expect(answer).toHaveValue('Brest');
    api.respond('password.reset', {
      ok: true,
      value: { sentBy: 'email', maskedEmail: 'k…@e…fr' },
    });
    await ctx.user.click(
      screen.getByRole('button', { name: 'Recevoir un mot de passe provisoire' }),
    );
    expect(
      await screen.findByText(/nous avons envoyé un mot de passe provisoire à l’adresse k…@e…fr/),
    ).toBeVisible();
    expect(screen.getByText(/Recopiez-le avec le tiret/)).toBeVisible();
  });
});
