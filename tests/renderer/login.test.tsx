import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { demo, fillLogin, goToLogin, renderApp } from './renderApp';

const wrongCodes =
  'Un de vos codes n’est pas bon : identifiant, mot de passe ou code postal. Vérifiez vos codes, puis réessayez.';

describe('welcome and sign-in', () => {
  it('"Commencer" opens a visit and shows the sign-in screen, focused on its title', async () => {
    const ctx = await renderApp();
    expect(document.title).toBe('Accueil — Borne France Travail');
    await goToLogin(ctx);
    expect(ctx.api.callsTo('visit.start')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Connexion — Borne France Travail');
    expect(document.documentElement.dataset.kioskReady).toBe('login');
  });

  it('touching anywhere on the welcome screen starts too, once', async () => {
    const ctx = await renderApp();
    await ctx.user.click(screen.getByText("Touchez l'écran pour commencer"));
    await screen.findByRole('heading', { level: 1, name: 'Se connecter à mon espace personnel' });
    expect(ctx.api.callsTo('visit.start')).toHaveLength(1);
  });

  it('an empty form names each missing field in French, focuses the first, and sends nothing', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(screen.getByText('Écrivez votre identifiant.')).toBeVisible();
    expect(screen.getByText('Écrivez votre mot de passe.')).toBeVisible();
    expect(screen.getByText('Écrivez le code postal de l’adresse où vous habitez.')).toBeVisible();
    const identifiant = screen.getByLabelText(/^Identifiant/);
    expect(identifiant).toHaveFocus();
    expect(identifiant).toHaveAttribute('aria-invalid', 'true');
    expect(identifiant).toHaveAccessibleDescription('Écrivez votre identifiant.');
    expect(ctx.api.callsTo('auth.login')).toHaveLength(0);
  });

  it('a short code postal is explained next to its field and what was typed stays', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await fillLogin(ctx, { ...demo, codePostal: '75' });
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));

    const codePostal = screen.getByLabelText(/^Code postal/);
    expect(codePostal).toHaveAccessibleDescription(
      'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    );
    expect(codePostal).toHaveFocus();
    expect(codePostal).toHaveValue('75');
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue(demo.identifiant);
    expect(screen.getByLabelText(/^Identifiant/)).not.toHaveAttribute('aria-invalid');
    expect(ctx.api.callsTo('auth.login')).toHaveLength(0);
  });

  it('wrong codes get one alert that does not say which, clear the password only, and the alert goes on typing', async () => {
    const ctx = await renderApp(new FakeKioskApi().fail('auth.login', 'invalid_credentials'));
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(wrongCodes);
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(ctx.api.callsTo('auth.login')).toEqual([demo]);
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue(demo.identifiant);
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveValue('');
    expect(screen.getByLabelText(/^Code postal/)).toHaveValue(demo.codePostal);
    expect(screen.queryByText(/Écrivez/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Se connecter à mon espace personnel',
    );
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), 'K');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveValue('K');
  });

  it('an unreachable service says so and points to an adviser', async () => {
    const ctx = await renderApp(new FakeKioskApi().fail('auth.login', 'api_unreachable'));
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le service ne répond pas pour le moment. Réessayez dans quelques minutes, ou appelez un conseiller.',
    );
    expect(screen.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible();
  });

  it("main's per-field verdicts are shown next to their fields", async () => {
    const api = new FakeKioskApi().fail('auth.login', 'invalid_input', {
      codePostal: 'validation.codePostal.format',
    });
    const ctx = await renderApp(api);
    await goToLogin(ctx);
    await fillLogin(ctx, { ...demo, codePostal: '75011' });
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const codePostal = screen.getByLabelText(/^Code postal/);
    await waitFor(() => expect(codePostal).toHaveAttribute('aria-invalid', 'true'));
    expect(codePostal).toHaveAccessibleDescription(
      'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    );
    expect(codePostal).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('any other failure gets a generic French message, never a raw code', async () => {
    const ctx = await renderApp(new FakeKioskApi().fail('auth.login', 'internal'));
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Il y a eu un problème. Réessayez, ou appelez un conseiller.');
    expect(alert).not.toHaveTextContent('internal');
  });

  it('the password can be shown and hidden again', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    const password = screen.getByLabelText(/^Mot de passe/);
    expect(password).toHaveAttribute('type', 'password');
    await ctx.user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(password).toHaveAttribute('type', 'text');
    const hide = screen.getByRole('button', { name: 'Masquer' });
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    await ctx.user.click(hide);
    expect(password).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Afficher' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('the fields carry the hints and input modes a touch screen needs', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    const identifiant = screen.getByLabelText(/^Identifiant/);
    expect(identifiant).toHaveAccessibleName(
      /Le code que France Travail vous a donné, par exemple 1234567A\. Ou le code que vous avez choisi\./,
    );
    expect(identifiant).toHaveAttribute('autocomplete', 'off');
    expect(identifiant).toHaveAttribute('autocapitalize', 'characters');
    const codePostal = screen.getByLabelText(/^Code postal/);
    expect(codePostal).toHaveAccessibleName(/Le code postal de l’adresse où vous habitez/);
    expect(codePostal).toHaveAttribute('inputmode', 'numeric');
    expect(codePostal).toHaveAttribute('maxlength', '5');
  });

  it('"Annuler" ends the visit and returns to the welcome screen with an empty form next time', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('button', { name: 'Commencer' });
    expect(ctx.api.callsTo('visit.end')).toEqual([{ reason: 'user' }]);
    await goToLogin(ctx);
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue('');
  });

  it('success leads to the dashboard', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await fillLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Bonjour Camille Martin',
    });
    expect(heading).toHaveFocus();
    expect(within(screen.getByRole('main')).queryByRole('alert')).not.toBeInTheDocument();
  });
});
