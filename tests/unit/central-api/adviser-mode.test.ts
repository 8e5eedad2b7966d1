import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

/** Each label's own credential, per server: a terminal enrols once, then uses its secret. */
const credentials = new WeakMap<TestApi, Map<string, { terminalId: string; secret: string }>>();

/** Enrols a terminal standing in `agencyCode` (or signs it in again); its Authorization and id. */
async function enrolIn(api: TestApi, label: string, agencyCode: string) {
  const known = credentials.get(api) ?? new Map<string, { terminalId: string; secret: string }>();
  credentials.set(api, known);
  const held = known.get(label);
  const reply = held
    ? await api.request('POST', '/v1/terminals/token', {
        body: { terminalId: held.terminalId, terminalSecret: held.secret },
      })
    : await api.request('POST', '/v1/terminals/enrol', {
        body: { enrolmentToken: 'demo-enrolment-token', label, agencyCode },
      });
  if (reply.status !== 201) throw new Error(`enrol failed: ${reply.status} ${reply.text}`);
  const terminalId = String(reply.json?.terminalId);
  if (!held) known.set(label, { terminalId, secret: String(reply.json?.terminalSecret) });
  return { terminalId, auth: { authorization: `Bearer ${String(reply.json?.accessToken)}` } };
}

interface AuditRow {
  staff_id: number | null;
  action: string;
  target: string | null;
  detail_json: string | null;
}

describe('central API: adviser mode at a terminal', () => {
  let api: TestApi;
  let clock = new Date('2026-11-05T09:00:00Z');
  let paris: Awaited<ReturnType<typeof enrolIn>>;
  let sophie: number;
  let nadia: number;
  beforeAll(async () => {
    api = await startTestApi({ now: () => clock, demoOffers: 0 });
    paris = await enrolIn(api, 'borne-paris-1', 'PARIS11');
    const list = await api.request('GET', '/v1/staff/kiosk-advisers', { headers: paris.auth });
    expect(list.status).toBe(200);
    const advisers = list.json?.advisers as { staffId: number; nom: string }[];
    // The agency's advisers with a kiosk code, by name; IT staff (no agency, no code) are not there.
    expect(advisers.map((a) => a.nom)).toEqual(['Nadia Roussel', 'Sophie Lambert']);
    nadia = advisers[0]!.staffId;
    sophie = advisers[1]!.staffId;
  });
  afterAll(() => api.dispose());

  const unlock = (auth: Record<string, string>, staffId: number, code: string) =>
    api.request('POST', '/v1/staff/kiosk-unlock', { headers: auth, body: { staffId, code } });
  const act = (token: string, body: Record<string, string>, auth = paris.auth) =>
    api.request('POST', '/v1/staff/kiosk-actions', {
      headers: { ...auth, 'x-adviser-token': token },
      body,
    });
  const audit = (staffId: number) =>
    api.query<AuditRow>(
      "SELECT staff_id, action, target, detail_json FROM staff_audit WHERE staff_id = ? AND action LIKE 'kiosk_%' ORDER BY id",
      staffId,
    );

  it('the right code opens a 15-minute adviser mode bound to this terminal; actions are audited', async () => {
    const reply = await unlock(paris.auth, sophie, '246810');
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ prenom: 'Sophie', expiresInSeconds: 900 });
    const token = String(reply.json?.accessToken);
    // Only the token's hash is stored.
    expect(api.query('SELECT * FROM adviser_kiosk_sessions WHERE token_hash = ?', token)).toEqual(
      [],
    );

    expect((await act(token, { action: 'extend' })).status).toBe(204);
    expect((await act(token, { action: 'explain', topic: 'actualisation.travail' })).status).toBe(
      204,
    );
    // Another terminal cannot use the token read off this one.
    const other = await enrolIn(api, 'borne-paris-2', 'PARIS11');
    const stolen = await act(token, { action: 'extend' }, other.auth);
    expect(stolen.status).toBe(401);
    expect(stolen.json?.code).toBe('invalid_adviser_token');
    // Leaving ends the session: the token is refused afterwards.
    expect((await act(token, { action: 'leave' })).status).toBe(204);
    expect((await act(token, { action: 'extend' })).status).toBe(401);

    expect(audit(sophie)).toEqual([
      { staff_id: sophie, action: 'kiosk_unlock', target: paris.terminalId, detail_json: null },
      { staff_id: sophie, action: 'kiosk_extend', target: paris.terminalId, detail_json: null },
      {
        staff_id: sophie,
        action: 'kiosk_explain',
        target: paris.terminalId,
        detail_json: '{"topic":"actualisation.travail"}',
      },
      { staff_id: sophie, action: 'kiosk_leave', target: paris.terminalId, detail_json: null },
    ]);
    // The audit never holds the code.
    expect(JSON.stringify(api.query('SELECT * FROM staff_audit'))).not.toContain('246810');
  });

  it('the token expires after 15 minutes', async () => {
    const token = String((await unlock(paris.auth, sophie, '246810')).json?.accessToken);
    clock = new Date(clock.getTime() + 15 * 60_000 - 1000);
    expect((await act(token, { action: 'pause_idle' })).status).toBe(204);
    clock = new Date(clock.getTime() + 2000);
    expect((await act(token, { action: 'resume_idle' })).status).toBe(401);
  });

  it('a wrong code is refused; 5 in a row lock that adviser only, for 15 minutes', async () => {
    // The terminal's own token expired with the clock moved above: it enrols again, as a kiosk does.
    paris = await enrolIn(api, 'borne-paris-1', 'PARIS11');
    for (let i = 1; i <= 4; i++) {
      const reply = await unlock(paris.auth, nadia, '000000');
      expect(reply.status).toBe(401);
      expect(reply.json?.code).toBe('invalid_credentials');
      expect(reply.json).not.toHaveProperty('accessToken');
    }
    const fifth = await unlock(paris.auth, nadia, '000000');
    expect(fifth.status).toBe(429);
    expect(fifth.json?.code).toBe('account_locked');
    // Locked: even the right code is refused, and no hash is spent on it.
    const locked = await unlock(paris.auth, nadia, '135790');
    expect(locked.status).toBe(429);
    expect(locked.json?.retryAfterSeconds).toBeGreaterThan(0);
    // Another adviser of the agency is not locked by it.
    expect((await unlock(paris.auth, sophie, '246810')).status).toBe(201);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    paris = await enrolIn(api, 'borne-paris-1', 'PARIS11');
    expect((await unlock(paris.auth, nadia, '135790')).status).toBe(201);
    expect(audit(nadia).map((row) => row.action)).toEqual([
      'kiosk_unlock_failed',
      'kiosk_unlock_failed',
      'kiosk_unlock_failed',
      'kiosk_unlock_failed',
      'kiosk_unlock_failed',
      'kiosk_unlock',
    ]);
  });

  it("refuses an adviser on another agency's terminal, even with the right code", async () => {
    const lyon = await enrolIn(api, 'borne-lyon-1', 'LYON3');
    const list = await api.request('GET', '/v1/staff/kiosk-advisers', { headers: lyon.auth });
    expect(list.json).toEqual({ advisers: [] });
    const reply = await unlock(lyon.auth, sophie, '246810');
    expect(reply.status).toBe(403);
    expect(reply.json?.code).toBe('adviser_not_in_agency');
    const refused = api.query<AuditRow>(
      "SELECT staff_id, action, target, detail_json FROM staff_audit WHERE action = 'kiosk_unlock_refused'",
    );
    expect(refused).toEqual([
      {
        staff_id: sophie,
        action: 'kiosk_unlock_refused',
        target: lyon.terminalId,
        detail_json: '{"reason":"not_in_agency"}',
      },
    ]);
  });

  it('throttles the codes a terminal may try in a minute, whoever they are for', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const busy = await enrolIn(api, 'borne-paris-3', 'PARIS11');
    for (let i = 0; i < 10; i++)
      expect((await unlock(busy.auth, 999_999, '1234')).status).toBe(403);
    const eleventh = await unlock(busy.auth, sophie, '246810');
    expect(eleventh.status).toBe(429);
    expect(eleventh.json?.code).toBe('rate_limited');
  });

  it('refuses a malformed code or action with 400, never 500', async () => {
    paris = await enrolIn(api, 'borne-paris-1', 'PARIS11');
    expect((await unlock(paris.auth, sophie, '12ab')).status).toBe(400);
    expect((await act('x'.repeat(43), { action: 'reboot' })).status).toBe(400);
    const noToken = await api.request('POST', '/v1/staff/kiosk-actions', {
      headers: paris.auth,
      body: { action: 'extend' },
    });
    expect(noToken.status).toBe(400);
  });
});
