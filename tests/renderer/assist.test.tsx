import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp, signIn } from './renderApp';

const coming = 'Un conseiller a été prévenu et va venir vous aider.';
const failed = "Nous n'avons pas pu prévenir un conseiller. Allez à l'accueil de l'agence.";

type Ctx = Awaited<ReturnType<typeof renderApp>>;
const screens: [string, (ctx: Ctx) => Promise<void>][] = [
  ['welcome', async () => {}],
  ['login', goToLogin],
  ['dashboard', signIn],
];

describe('"Appeler un conseiller"', () => {
  for (const [name, reach] of screens) {
    it(`on ${name}: tells staff which screen, and the user that help is coming`, async () => {
      const ctx = await renderApp();
      await reach(ctx);
      await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
      expect(await screen.findByRole('status')).toHaveTextContent(coming);
      expect(ctx.api.callsTo('assist.request')).toEqual([{ screen: name }]);
    });

    it(`on ${name}: when no adviser can be told, sends the user to the reception desk`, async () => {
      const ctx = await renderApp(new FakeKioskApi().fail('assist.request', 'api_unreachable'));
      await reach(ctx);
      await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
      await screen.findByText(failed);
      expect(screen.getByRole('status')).toHaveTextContent(failed);
    });
  }

  it('the message belongs to the screen it was asked from', async () => {
    const ctx = await renderApp();
    await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
    await screen.findByText(coming);
    await goToLogin(ctx);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
