import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

describe('idle warning and end of visit', () => {
  it('the warning counts down, "Je suis encore là" keeps the visit and closes it', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    vi.useFakeTimers();
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));

    const dialog = screen.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(
      'Vous n’avez rien touché depuis un moment. Pour protéger vos informations, la borne va tout effacer dans 30 secondes.',
    );
    const button = screen.getByRole('button', { name: 'Je suis encore là' });
    expect(button).toHaveFocus();

    act(() => {
      vi.advanceTimersByTime(3_000);
    });
    expect(dialog).toHaveTextContent('tout effacer dans 27 secondes.');
    // Screen readers are not told every second: the live region still says 30.
    const live = dialog.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('dans 30 secondes');
    act(() => {
      vi.advanceTimersByTime(7_000);
    });
    expect(live).toHaveTextContent('dans 20 secondes');
    act(() => {
      vi.advanceTimersByTime(19_000);
    });
    expect(dialog).toHaveTextContent('tout effacer dans 1 seconde.');

    vi.useRealTimers();
    await ctx.user.click(button);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(ctx.api.callsTo('visit.stillHere')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Camille Martin');
  });

  it('keeps keyboard focus inside the dialog and the page behind it inert', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
    const button = screen.getByRole('button', { name: 'Je suis encore là' });
    // The dialog also carries the adviser call; Tab cycles between the two, never out.
    const dialog = screen.getByRole('alertdialog');
    const assist = within(dialog).getByRole('button', { name: 'Appeler un conseiller' });
    await ctx.user.tab();
    expect(assist).toHaveFocus();
    await ctx.user.tab();
    expect(button).toHaveFocus();
    await ctx.user.tab({ shift: true });
    expect(assist).toHaveFocus();
    expect(screen.getByRole('main').closest('[inert]')).not.toBeNull();
  });

  it('"visit.ended" returns to the welcome screen and the name leaves the page', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
    act(() => ctx.api.emit('visit.ended', { reason: 'idle' }));
    expect(await screen.findByRole('button', { name: 'Commencer' })).toBeVisible();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Camille');
    expect(document.body.textContent).not.toContain('Martin');
    expect(screen.getByRole('main').closest('[inert]')).toBeNull();
  });

  it('a warning outside a visit is ignored', async () => {
    const ctx = await renderApp();
    act(() => ctx.api.emit('visit.warning', { secondsLeft: 30 }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('warns before the maximum length: "Prolonger" asks main, then none is left to ask', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    act(() =>
      ctx.api.emit('visit.maxLengthWarning', {
        secondsLeft: 120,
        extensionsLeft: 1,
        extensionMinutes: 10,
      }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Votre visite va bientôt se terminer' });
    expect(dialog).toHaveAccessibleDescription(/Il reste 2 minutes\./);
    const extend = within(dialog).getByRole('button', { name: 'Prolonger de 10 minutes' });
    expect(extend).toHaveFocus();
    expect(screen.getByRole('main').closest('[inert]')).not.toBeNull();
    await ctx.user.click(extend);
    expect(ctx.api.callsTo('visit.extend')).toHaveLength(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    act(() =>
      ctx.api.emit('visit.maxLengthWarning', {
        secondsLeft: 45,
        extensionsLeft: 0,
        extensionMinutes: 10,
      }),
    );
    const last = screen.getByRole('alertdialog');
    expect(last).toHaveAccessibleDescription(
      /Il reste 45 secondes\. Vous ne pouvez plus prolonger/,
    );
    expect(within(last).queryByRole('button', { name: /Prolonger/ })).not.toBeInTheDocument();
    await ctx.user.click(within(last).getByRole('button', { name: "J'ai compris" }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Camille Martin');
  });

  it('the welcome screen says briefly that the last visit ended by itself', async () => {
    const api = new FakeKioskApi().respond('visit.endedNotice', {
      ok: true,
      value: { ended: true, secondsLeft: 15 },
    });
    await renderApp(api);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre visite est terminée. Vos informations ont été effacées.',
    );
  });
});
