import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { goToLogin, renderApp } from './renderApp';

describe('activity during a visit', () => {
  it('touches and key presses reach main at most once every 5 seconds', async () => {
    const ctx = await renderApp();
    fireEvent.pointerDown(document.body);
    expect(ctx.api.callsTo('visit.activity')).toHaveLength(0); // no visit yet

    await goToLogin(ctx);
    vi.useFakeTimers({ toFake: ['Date'] });
    const field = screen.getByLabelText(/^Identifiant/);
    const before = ctx.api.callsTo('visit.activity').length;
    fireEvent.keyDown(field, { key: '1' });
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(field, { key: '2' });
    expect(ctx.api.callsTo('visit.activity')).toHaveLength(before + 1);

    vi.setSystemTime(Date.now() + 4_900);
    fireEvent.keyDown(field, { key: '3' });
    expect(ctx.api.callsTo('visit.activity')).toHaveLength(before + 1);

    vi.setSystemTime(Date.now() + 200);
    fireEvent.pointerDown(document.body);
    expect(ctx.api.callsTo('visit.activity')).toHaveLength(before + 2);
  });

  it('stops when the visit ends', async () => {
    const ctx = await renderApp();
    await goToLogin(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByRole('button', { name: 'Commencer' });
    const count = ctx.api.callsTo('visit.activity').length;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(ctx.api.callsTo('visit.activity')).toHaveLength(count);
  });
});
