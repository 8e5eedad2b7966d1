import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../central-api/console/src/App';
import { ConsoleLayout } from '../../../central-api/console/src/shell/ConsoleLayout';

const sophie = {
  identifiant: 'conseiller.paris',
  nom: 'Sophie Lambert',
  role: 'conseiller' as const,
  agencyCode: 'PARIS11',
  agencyNom: 'Agence France Travail Paris 11e Voltaire',
};

/** The central API as the console's fetch sees it: one scripted answer per method and path. */
function stubApi(answers: Record<string, (body: unknown) => [number, unknown?]>) {
  const calls: { key: string; headers: Record<string, string>; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      const key = `${init.method ?? 'GET'} ${path}`;
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ key, headers: (init.headers ?? {}) as Record<string, string>, body });
      const [status, json] = answers[key]?.(body) ?? [404, { code: 'not_found' }];
      return new Response(json === undefined ? null : JSON.stringify(json), { status });
    }),
  );
  // The help requests page opens a live feed; jsdom has no EventSource.
  vi.stubGlobal(
    'EventSource',
    class {
      static CLOSED = 2;
      readyState = 0;
      onopen: (() => void) | null = null;
      close() {}
    },
  );
  return calls;
}

describe('staff console shell', () => {
  beforeEach(() => window.history.replaceState(null, '', '/console/'));

  it('says what is missing beside each field, then a wrong pair beside the password, keeping the identifiant', async () => {
    const user = userEvent.setup();
    const calls = stubApi({
      'GET /v1/staff/me': () => [401, { code: 'staff_auth_required' }],
      'POST /v1/staff/sessions': (body) =>
        (body as { motDePasse: string }).motDePasse === 'Conseil-Paris-2026'
          ? [201, sophie]
          : [401, { code: 'invalid_credentials' }],
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Se connecter' }));
    expect(screen.getByText('Indiquez votre identifiant.')).toBeVisible();
    expect(screen.getByText('Indiquez votre mot de passe.')).toBeVisible();
    await user.type(screen.getByLabelText(/^Identifiant/), 'conseiller.paris');
    await user.type(screen.getByLabelText('Mot de passe'), 'faux');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(
      await screen.findByText(
        'Identifiant ou mot de passe incorrect. Vérifiez-les puis réessayez.',
      ),
    ).toBeVisible();
    expect(screen.getByLabelText(/^Identifiant/)).toHaveValue('conseiller.paris');
    const signIn = calls.find((c) => c.key === 'POST /v1/staff/sessions');
    expect(signIn?.headers['x-staff-console']).toBe('1');
    expect(signIn?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

    await user.clear(screen.getByLabelText('Mot de passe'));
    await user.type(screen.getByLabelText('Mot de passe'), 'Conseil-Paris-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const banner = await screen.findByRole('banner');
    expect(banner).toHaveTextContent('Sophie Lambert');
    expect(banner).toHaveTextContent('Conseiller · Agence France Travail Paris 11e Voltaire');
    expect(screen.getByRole('heading', { level: 1, name: "Demandes d'aide" })).toBeVisible();
  });

  it('says until when an account is locked', async () => {
    const user = userEvent.setup();
    stubApi({
      'GET /v1/staff/me': () => [401, { code: 'staff_auth_required' }],
      'POST /v1/staff/sessions': () => [429, { code: 'account_locked', retryAfterSeconds: 900 }],
    });
    render(<App />);
    await user.type(await screen.findByLabelText(/^Identifiant/), 'conseiller.paris');
    await user.type(screen.getByLabelText('Mot de passe'), 'faux');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Compte bloqué pour le moment')).toBeVisible();
    expect(screen.getByText(/la connexion est bloquée jusqu'à \d\d:\d\d/)).toBeVisible();
  });

  it('shows in the menu only the pages of the signed-in role', () => {
    const pages = [
      { path: 'demandes', title: "Demandes d'aide", roles: ['conseiller' as const], element: 'a' },
      { path: 'parc', title: 'Parc des bornes', roles: ['it' as const], element: 'b' },
    ];
    render(
      <ConsoleLayout
        me={sophie}
        pages={pages.filter((p) => p.roles.some((r) => r === sophie.role))}
        page={pages[0]}
        onNavigate={() => {}}
        onSignOut={() => {}}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Menu de la console' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(["Demandes d'aide"]);
    expect(within(nav).getByRole('link', { name: "Demandes d'aide" })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('signs out back to the sign-in page', async () => {
    const user = userEvent.setup();
    stubApi({
      'GET /v1/staff/me': () => [200, sophie],
      'DELETE /v1/staff/sessions/current': () => [204],
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('heading', { name: 'Se connecter à la console' })).toBeVisible();
  });
});
