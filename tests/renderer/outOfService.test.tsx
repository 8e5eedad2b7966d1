import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp } from './renderApp';

const unavailable = 'Borne momentanément indisponible';

describe('out of service', () => {
  it('shows the calm screen with where to go, and nothing to start a visit with', async () => {
    const api = new FakeKioskApi();
    const settings = await api.call('kiosk.settings', {});
    if (!settings.ok) throw new Error('no settings');
    api.respond('kiosk.settings', { ok: true, value: { ...settings.value, outOfService: true } });
    await renderApp(api, unavailable);
    expect(screen.getByText(/Allez à l'accueil de l'agence/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Commencer' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Appeler un conseiller/ })).toBeNull();
    expect(document.title).toContain('Borne indisponible');
  });

  it('follows IT: out of service from the welcome screen, then back in service', async () => {
    const { api } = await renderApp();
    act(() => api.emit('terminal.service', { outOfService: true }));
    expect(await screen.findByRole('heading', { level: 1, name: unavailable })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Commencer' })).toBeNull();
    act(() => api.emit('terminal.service', { outOfService: false }));
    expect(await screen.findByRole('button', { name: 'Commencer' })).toBeInTheDocument();
  });
});
