import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp } from './renderApp';

describe('start-up', () => {
  it('marks the welcome screen ready once it can be used, after the settings arrived', async () => {
    const mark = vi.spyOn(performance, 'mark');
    await renderApp();
    expect(document.documentElement.dataset.kioskReady).toBe('welcome');
    expect(mark.mock.calls.filter(([name]) => name === 'kiosk:interactive')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Commencer' })).toBeVisible();
  });

  it('speaks the language of the terminal settings', async () => {
    const api = new FakeKioskApi().respond('kiosk.settings', {
      ok: true,
      value: {
        mode: 'browser',
        locale: 'en',
        idleWarningAfterSeconds: 120,
        idleCountdownSeconds: 30,
        maxVisitMinutes: 60,
        keyboard: 'never',
      },
    });
    await renderApp(api, 'Welcome to your France Travail agency');
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Welcome — France Travail kiosk');
  });

  it('still starts, in French, when the settings cannot be read', async () => {
    await renderApp(new FakeKioskApi().fail('kiosk.settings', 'internal'));
    expect(screen.getByRole('button', { name: 'Commencer' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
  });
});
