import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

describe('central API: terminals', () => {
  let api: TestApi;
  let offsetMs = 0;
  beforeAll(async () => {
    api = await startTestApi({ now: () => new Date(Date.now() + offsetMs) });
  });
  afterAll(() => api.dispose());

  it('answers the health check without auth', async () => {
    const reply = await api.request('GET', '/v1/health');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
  });

  it('enrols with the demo enrolment token: its own secret and a 15-minute access token', async () => {
    const reply = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'demo-enrolment-token', label: 'agence-paris-11-borne-1' },
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({
      terminalId: expect.any(String),
      accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresInSeconds: 900,
      terminalSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    // Only hashes of the token and of the secret are stored.
    const stored = api.query<{ token_hash: string }>('SELECT token_hash FROM terminal_tokens');
    expect(stored.map((r) => r.token_hash)).not.toContain(reply.json?.accessToken);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [terminal] = api.query<{ secret_hash: string }>(
      'SELECT secret_hash FROM terminals WHERE id = ?',
      reply.json?.terminalId,
    );
    expect(terminal?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(api.query('SELECT * FROM terminals'))).not.toContain(
      String(reply.json?.terminalSecret),
    );
  });

  it('keeps the agency a terminal names, so staff see their own agency', async () => {
    const enrol = (agencyCode?: string) =>
      api.request('POST', '/v1/terminals/enrol', {
        body: { enrolmentToken: 'demo-enrolment-token', label: 'borne-agence', agencyCode },
      });
    expect((await enrol('LYON3')).status).toBe(201);
    // A later enrolment (IT's code, naming no agency) keeps the one known.
    const code = api.enrolmentCode('borne-agence');
    const again = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentCode: code, label: 'borne-agence' },
    });
    expect(again.status).toBe(201);
    const rows = api.query<{ agency_code: string }>(
      "SELECT agency_code FROM terminals WHERE label = 'borne-agence'",
    );
    expect(rows).toEqual([{ agency_code: 'LYON3' }]);
    const bad = await enrol('lyon 3;');
    expect(bad.status).toBe(400);
  });

  it('refuses an unknown enrolment token with 401 invalid_enrolment_token', async () => {
    const reply = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'not-the-right-token', label: 'borne' },
    });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ code: 'invalid_enrolment_token', message: expect.any(String) });
  });

  it('gives the same terminalId for the same label, with a new access token each time', async () => {
    const first = await api.enrol('borne-lyon-3');
    const again = await api.enrol('borne-lyon-3');
    const other = await api.enrol('borne-lyon-4');
    expect(again.terminalId).toBe(first.terminalId);
    expect(again.auth.authorization).not.toBe(first.auth.authorization);
    expect(other.terminalId).not.toBe(first.terminalId);
    // Both access tokens of the same terminal work.
    for (const auth of [first.auth, again.auth]) {
      const beat = await api.request('POST', '/v1/terminals/heartbeat', {
        headers: auth,
        body: { appVersion: '0.1.0', visitActive: false },
      });
      expect(beat.status).toBe(200);
    }
  });

  it('records a heartbeat from an authenticated terminal', async () => {
    const { terminalId, auth } = await api.enrol('borne-heartbeat');
    const reply = await api.request('POST', '/v1/terminals/heartbeat', {
      headers: auth,
      body: { appVersion: '0.1.0', visitActive: true },
    });
    expect(reply.status).toBe(200);
    const serverTime = String(reply.json?.serverTime);
    expect(Math.abs(Date.parse(serverTime) - Date.now())).toBeLessThan(60_000);
    const [row] = api.query<{ app_version: string; visit_active: number; last_seen_at: string }>(
      'SELECT app_version, visit_active, last_seen_at FROM terminals WHERE id = ?',
      terminalId,
    );
    expect(row).toEqual({ app_version: '0.1.0', visit_active: 1, last_seen_at: serverTime });
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['a malformed header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('refuses a heartbeat with %s (401 invalid_terminal_token)', async (_label, headers) => {
    const reply = await api.request('POST', '/v1/terminals/heartbeat', {
      headers,
      body: { appVersion: '0.1.0', visitActive: false },
    });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ code: 'invalid_terminal_token', message: expect.any(String) });
  });

  it('refuses an access token once it has expired', async () => {
    const { auth } = await api.enrol('borne-expiry');
    offsetMs = 901_000;
    try {
      const reply = await api.request('POST', '/v1/terminals/heartbeat', {
        headers: auth,
        body: { appVersion: '0.1.0', visitActive: false },
      });
      expect(reply.status).toBe(401);
      expect(reply.json?.code).toBe('invalid_terminal_token');
    } finally {
      offsetMs = 0;
    }
  });
});
