import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
    await ctx.user.tab();
    expect(button).toHaveFocus();
    await ctx.user.tab({ shift: true });
    expect(button).toHaveFocus();
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
});
