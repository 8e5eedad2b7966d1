import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn } from './renderApp';

const root = () => document.documentElement;

describe('« Affichage »', () => {
  it('draws the chosen size and theme on <html>, keeps them across screens, resets at visit end', async () => {
    const ctx = await renderApp();
    expect(root().dataset.kioskTextSize).toBe('normal');
    const toggle = screen.getByRole('button', { name: 'Affichage' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await ctx.user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Affichage' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Texte normal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await ctx.user.click(screen.getByRole('button', { name: 'Texte très grand' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Sombre' }));
    expect(root().dataset.kioskTextSize).toBe('larger');
    expect(root().dataset.frTheme).toBe('dark');
    await ctx.user.click(screen.getByRole('button', { name: 'Contraste renforcé' }));
    expect(root().dataset.frTheme).toBe('light');
    expect(root().dataset.kioskContrast).toBe('high');
    await ctx.user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Affichage' })).toBeNull();

    await signIn(ctx);
    expect(root().dataset.kioskTextSize).toBe('larger');
    // Nothing of the choice goes to storage: the wipe must find none.
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);

    act(() => ctx.api.emit('visit.ended', { reason: 'idle' }));
    expect(root().dataset.kioskTextSize).toBe('normal');
    expect(root().dataset.kioskContrast).toBe('normal');
    expect(root().dataset.frTheme).toBe('light');
  }, 20_000);
});
