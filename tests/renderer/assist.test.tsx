import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp, signIn } from './renderApp';

const coming =
  "Un conseiller a été appelé. Restez près de la borne. Vous attendez depuis moins d'une minute.";
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

  it('an adviser on the way stays announced on the next screen, and the call can be cancelled', async () => {
    const ctx = await renderApp();
    await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
    await screen.findByText(coming);
    await goToLogin(ctx);
    expect(screen.getByRole('status')).toHaveTextContent(coming);
    await ctx.user.click(screen.getByRole('button', { name: "Annuler l'appel" }));
    expect(await screen.findByRole('status')).toHaveTextContent("L'appel est annulé.");
    expect(ctx.api.callsTo('assist.cancel')).toEqual([{ requestId: 'assist-1' }]);
    expect(screen.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible();
  });

  it('says who is coming once an adviser took the call, and stops once they have helped', async () => {
    let state: 'waiting' | 'taken' | 'closed' = 'waiting';
    const api = new FakeKioskApi().respond('assist.status', () => ({
      ok: true as const,
      value: { state, adviserPrenom: state === 'waiting' ? null : 'Sophie' },
    }));
    const ctx = await renderApp(api);
    await ctx.user.click(screen.getByRole('button', { name: 'Appeler un conseiller' }));
    await screen.findByText(coming);
    state = 'taken';
    expect(
      await screen.findByText(
        'Un conseiller arrive. Sophie vient vous aider. Restez près de la borne.',
        undefined,
        { timeout: 4000 },
      ),
    ).toBeVisible();
    expect(ctx.api.callsTo('assist.status')).toContainEqual({ requestId: 'assist-1' });
    // "Annuler l'appel" stays possible while the adviser walks over.
    expect(screen.getByRole('button', { name: "Annuler l'appel" })).toBeVisible();
    state = 'closed';
    expect(
      await screen.findByRole('button', { name: 'Appeler un conseiller' }, { timeout: 4000 }),
    ).toBeVisible();
    const asked = ctx.api.callsTo('assist.status').length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(ctx.api.callsTo('assist.status')).toHaveLength(asked);
  });

  it('is reachable inside a dialog (the page behind is inert), and cancelled from there', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
    const dialog = screen.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
    await ctx.user.click(within(dialog).getByRole('button', { name: 'Appeler un conseiller' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(coming);
    expect(ctx.api.callsTo('assist.request')).toEqual([{ screen: 'dashboard' }]);
    await ctx.user.click(within(dialog).getByRole('button', { name: "Annuler l'appel" }));
    expect(await within(dialog).findByText("L'appel est annulé.")).toBeVisible();
    expect(ctx.api.callsTo('assist.cancel')).toHaveLength(1);
  });
});
