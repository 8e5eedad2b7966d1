import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { KioskApiProvider } from '../../renderer/bridge';
import { FakeKioskApi } from './fakeKioskApi';

export const demo = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };

/** The whole UI over a fake KioskApi, shown once the (French) welcome screen is there. */
export async function renderApp(
  api = new FakeKioskApi(),
  welcome = 'Bienvenue dans votre agence France Travail',
) {
  const user = userEvent.setup();
  const view = render(
    <KioskApiProvider api={api}>
      <App />
    </KioskApiProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: welcome });
  return { api, user, view };
}

export async function goToLogin(ctx: Awaited<ReturnType<typeof renderApp>>) {
  await ctx.user.click(screen.getByRole('button', { name: 'Commencer' }));
  await screen.findByRole('heading', { level: 1, name: 'Se connecter à mon espace personnel' });
}

export async function fillLogin(ctx: Awaited<ReturnType<typeof renderApp>>, values = demo) {
  if (values.identifiant)
    await ctx.user.type(screen.getByLabelText(/^Identifiant/), values.identifiant);
  if (values.motDePasse)
    await ctx.user.type(screen.getByLabelText(/^Mot de passe/), values.motDePasse);
  if (values.codePostal)
    await ctx.user.type(screen.getByLabelText(/^Code postal/), values.codePostal);
}

export async function signIn(ctx: Awaited<ReturnType<typeof renderApp>>) {
  await goToLogin(ctx);
  await fillLogin(ctx);
  await ctx.user.click(screen.getByRole('button', { name: 'Se connecter' }));
  await screen.findByRole('heading', { level: 1, name: 'Bonjour Camille Martin' });
}
