import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp } from './renderApp';

const dialogName = 'Sortie administrateur';

async function openWithKeys(ctx: Awaited<ReturnType<typeof renderApp>>) {
  for (let i = 0; i < 3; i += 1) await ctx.user.keyboard('{Control>}{Shift>}Q{/Shift}{/Control}');
  return screen.findByRole('dialog', { name: dialogName });
}

const tap = (x: number, y: number) =>
  fireEvent.pointerDown(window, { clientX: x, clientY: y, pointerType: 'touch' });

describe('hidden admin exit', () => {
  it('is hidden until Ctrl+Shift+Q is pressed three times', async () => {
    const ctx = await renderApp();
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    await ctx.user.keyboard('{Control>}{Shift>}Q{/Shift}{/Control}');
    await ctx.user.keyboard('{Control>}{Shift>}Q{/Shift}{/Control}');
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    await openWithKeys(ctx);
    expect(screen.getByLabelText(/^Code PIN administrateur/)).toHaveFocus();
  });

  it('opens after five taps in the top-left corner, not four, not elsewhere, not on a control', async () => {
    const ctx = await renderApp();
    // jsdom has no layout: every click lands at (0, 0), in the corner, but on a control.
    for (let i = 0; i < 6; i += 1)
      await ctx.user.click(screen.getByRole('button', { name: 'Affichage' }));
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    for (let i = 0; i < 4; i += 1) tap(10, 10);
    tap(500, 400);
    tap(10, 10);
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    for (let i = 0; i < 4; i += 1) tap(20, 30);
    expect(await screen.findByRole('dialog', { name: dialogName })).toBeInTheDocument();
  });

  it('keeps the focus in the prompt when something behind it takes the focus', async () => {
    const ctx = await renderApp();
    await openWithKeys(ctx);
    const field = screen.getByLabelText(/^Code PIN administrateur/);
    expect(field).toHaveFocus();
    // What a screen mounting late behind the prompt does: its heading takes the focus.
    const behind = document.createElement('h1');
    behind.tabIndex = -1;
    document.body.append(behind);
    behind.focus();
    expect(field).toHaveFocus();
    behind.remove();
  });

  it('checks the format before asking main, with the message next to the field', async () => {
    const ctx = await renderApp();
    await openWithKeys(ctx);
    const field = screen.getByLabelText(/^Code PIN administrateur/);
    await ctx.user.type(field, '12a');
    expect(field).toHaveValue('12');
    await ctx.user.keyboard('{Enter}');
    expect(await screen.findByText('Le code PIN comporte de 4 à 12 chiffres.')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(ctx.api.callsTo('admin.exit')).toEqual([]);
  });

  it('a wrong PIN is said next to the field; too many lock the exit for a while', async () => {
    const api = new FakeKioskApi();
    let attempts = 0;
    api.respond('admin.exit', () => {
      attempts += 1;
      return attempts < 2
        ? {
            ok: false,
            error: { code: 'invalid_input', message: 'x', fields: { pin: 'admin.errors.wrong' } },
          }
        : { ok: false, error: { code: 'account_locked', message: 'x', retryAfterSeconds: 30 } };
    });
    const ctx = await renderApp(api);
    await openWithKeys(ctx);
    const field = screen.getByLabelText(/^Code PIN administrateur/);
    await ctx.user.type(field, '0000{Enter}');
    expect(await screen.findByText('Code PIN incorrect.')).toBeVisible();
    expect(field).toHaveValue('');
    await ctx.user.type(field, '1111{Enter}');
    expect(
      await screen.findByText('Trop de codes incorrects. Réessayez dans 30 secondes.'),
    ).toBeVisible();
    expect(api.callsTo('admin.exit')).toEqual([{ pin: '0000' }, { pin: '1111' }]);
  });

  it('the right PIN closes the kiosk; "Annuler" closes the prompt and forgets what was typed', async () => {
    const api = new FakeKioskApi();
    api.respond('admin.exit', { ok: true, value: { exiting: true } });
    const ctx = await renderApp(api);
    await openWithKeys(ctx);
    await ctx.user.type(screen.getByLabelText(/^Code PIN administrateur/), '123');
    await ctx.user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    await openWithKeys(ctx);
    const field = screen.getByLabelText(/^Code PIN administrateur/);
    expect(field).toHaveValue('');
    await ctx.user.type(field, '73914562');
    await ctx.user.click(screen.getByRole('button', { name: 'Quitter la borne' }));
    await waitFor(() => expect(screen.getByText('Fermeture de la borne…')).toBeVisible());
    expect(api.callsTo('admin.exit')).toEqual([{ pin: '73914562' }]);
  });
});
