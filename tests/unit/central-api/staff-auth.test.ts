import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { authenticateStaff, canSeeAgency } from '../../../central-api/src/staff/auth';
import { createEventHub, type HubEvent } from '../../../central-api/src/staff/events';
import { demoStaff, staffSignedIn, startTestApi, type TestApi } from './helpers';

const consoleHeader = { 'x-staff-console': '1' };

describe('central API: staff sign-in, sessions and audit', () => {
  let api: TestApi;
  let clock = new Date('2026-11-05T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({ now: () => clock, demoOffers: 0 });
  });
  afterAll(() => api.dispose());

  it('signs in with an HttpOnly SameSite=Strict cookie, knows who is signed in, signs out', async () => {
    const reply = await api.request('POST', '/v1/staff/sessions', {
      headers: consoleHeader,
      body: demoStaff.conseiller,
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({
      identifiant: 'conseiller.paris',
      nom: 'Sophie Lambert',
      role: 'conseiller',
      agencyCode: 'PARIS11',
      agencyNom: 'Agence France Travail Paris 11e Voltaire',
    });
    const setCookie = reply.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^ft_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict;/);
    expect(setCookie).toContain(`Max-Age=${8 * 3600}`);
    // Only the token's hash is stored.
    const token = setCookie.slice('ft_staff='.length, setCookie.indexOf(';'));
    expect(api.query('SELECT * FROM staff_sessions WHERE token_hash = ?', token)).toEqual([]);
    const cookie = `ft_staff=${token}`;
    const me = await api.request('GET', '/v1/staff/me', { headers: { cookie } });
    expect(me.json?.nom).toBe('Sophie Lambert');
    const out = await api.request('DELETE', '/v1/staff/sessions/current', {
      headers: { cookie, ...consoleHeader },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await api.request('GET', '/v1/staff/me', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(after.json?.code).toBe('staff_auth_required');
  });

  it('ends a session after 8 hours', async () => {
    const { cookie } = await staffSignedIn(api, demoStaff.it);
    clock = new Date(clock.getTime() + 8 * 3600_000 - 1000);
    expect((await api.request('GET', '/v1/staff/me', { headers: { cookie } })).status).toBe(200);
    clock = new Date(clock.getTime() + 2000);
    expect((await api.request('GET', '/v1/staff/me', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a state-changing request without X-Staff-Console (CSRF guard)', async () => {
    const reply = await api.request('POST', '/v1/staff/sessions', { body: demoStaff.it });
    expect(reply.status).toBe(403);
    expect(reply.json?.code).toBe('staff_console_header_required');
    expect(reply.headers.get('set-cookie')).toBeNull();
  });

  it('answers a wrong password and an unknown identifiant alike, and locks both after 5', async () => {
    const wrong = { identifiant: 'responsable.paris', motDePasse: 'Pas-le-bon-1' };
    const unknown = { identifiant: 'personne.inconnue', motDePasse: 'Pas-le-bon-1' };
    for (const body of [wrong, unknown]) {
      for (let i = 1; i <= 4; i++) {
        const reply = await api.request('POST', '/v1/staff/sessions', {
          headers: consoleHeader,
          body,
        });
        expect(reply.status).toBe(401);
        expect(reply.json).toEqual({
          code: 'invalid_credentials',
          message: 'Identifiant or password is not recognised',
        });
      }
      const fifth = await api.request('POST', '/v1/staff/sessions', {
        headers: consoleHeader,
        body,
      });
      expect(fifth.status).toBe(429);
      expect(fifth.json?.code).toBe('account_locked');
      expect(fifth.json?.retryAfterSeconds).toBe(900);
    }
    // Locked: even the right password waits out the 15 minutes.
    const right = await api.request('POST', '/v1/staff/sessions', {
      headers: consoleHeader,
      body: demoStaff.responsable,
    });
    expect(right.status).toBe(429);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    const later = await api.request('POST', '/v1/staff/sessions', {
      headers: consoleHeader,
      body: demoStaff.responsable,
    });
    expect(later.status).toBe(201);
  });

  it('audits sign-ins and failures without anything typed', () => {
    const rows = api.query<{ staff_id: number | null; action: string; detail_json: string | null }>(
      'SELECT staff_id, action, target, detail_json FROM staff_audit ORDER BY id',
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('sign_in');
    expect(actions).toContain('sign_out');
    expect(actions).toContain('sign_in_failed');
    // An unknown identifiant's failures are recorded without a person.
    expect(rows.some((r) => r.action === 'sign_in_failed' && r.staff_id === null)).toBe(true);
    const all = JSON.stringify(api.query('SELECT * FROM staff_audit'));
    for (const typed of ['Pas-le-bon-1', 'personne.inconnue', 'Agence-Paris-2026'])
      expect(all).not.toContain(typed);
  });

  it('throttles sign-in attempts per source address', async () => {
    const limited = await startTestApi({
      demoOffers: 0,
      staffLockout: { maxFailures: 5, lockSeconds: 900, perSourcePerMinute: 3 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const reply = await limited.request('POST', '/v1/staff/sessions', {
          headers: consoleHeader,
          body: { identifiant: `essai${i}`, motDePasse: 'x' },
        });
        statuses.push(reply.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.dispose();
    }
  });

  it('checks roles and agencies', () => {
    const db = api.openDb();
    try {
      const request = { headers: {} } as FastifyRequest;
      expect(() => authenticateStaff(db, request, clock)).toThrow(
        expect.objectContaining({ code: 'staff_auth_required' }),
      );
    } finally {
      db.close();
    }
    const conseiller = {
      staffId: 1,
      identifiant: 'c',
      nom: 'C',
      role: 'conseiller' as const,
      agencyCode: 'PARIS11',
    };
    expect(canSeeAgency(conseiller, 'PARIS11')).toBe(true);
    expect(canSeeAgency(conseiller, 'LYON3')).toBe(false);
    expect(canSeeAgency(conseiller, null)).toBe(false);
    expect(canSeeAgency({ ...conseiller, role: 'it', agencyCode: null }, 'LYON3')).toBe(true);
  });

  it('refuses a role not allowed with 403 staff_role_forbidden', async () => {
    const { cookie } = await staffSignedIn(api, demoStaff.conseiller);
    const db = api.openDb();
    try {
      const request = { headers: { cookie } } as FastifyRequest;
      expect(authenticateStaff(db, request, clock, ['conseiller']).role).toBe('conseiller');
      expect(() => authenticateStaff(db, request, clock, ['it'])).toThrow(
        expect.objectContaining({ statusCode: 403, code: 'staff_role_forbidden' }),
      );
    } finally {
      db.close();
    }
  });
});

describe('staff event hub', () => {
  it('delivers to the subscribers of a topic until they leave, and ends streams on close', () => {
    const hub = createEventHub();
    const got: HubEvent[] = [];
    const leave = hub.subscribe('a', (e) => got.push(e));
    hub.subscribe('a', () => {
      throw new Error('a broken stream');
    });
    hub.publish('b', { type: 'x', data: 1 });
    hub.publish('a', { type: 'x', data: 2 });
    leave();
    hub.publish('a', { type: 'x', data: 3 });
    expect(got).toEqual([{ type: 'x', data: 2 }]);
    let ended = false;
    hub.onClose(() => (ended = true));
    hub.close();
    expect(ended).toBe(true);
  });
});
