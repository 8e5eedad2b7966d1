import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../../central-api/src/index';
import { testBalanced } from './balanced';
import { startTestApi, testEngine, type TestApi } from './helpers';

const camille = demoAccounts[0]!;
const assist = { screen: 'dashboard', requestedAt: '2026-03-02T09:15:00Z' };

describe('central API: Idempotency-Key', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  const countAssist = () =>
    api.query<{ n: number }>('SELECT count(*) AS n FROM assist_requests')[0]?.n ?? 0;

  it('replays the stored answer for the same key and body, and writes once', async () => {
    const headers = { ...auth, 'idempotency-key': 'assist-0001' };
    const before = countAssist();
    const first = await api.request('POST', '/v1/assist-requests', { headers, body: assist });
    const replay = await api.request('POST', '/v1/assist-requests', { headers, body: assist });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(replay.status).toBe(201);
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(countAssist()).toBe(before + 1);
  });

  it('replays a sign-in with the same user token, which is not readable in the database', async () => {
    const headers = { ...auth, 'idempotency-key': 'sign-in-0001' };
    const body = {
      identifiant: camille.identifiant,
      motDePasse: camille.motDePasse,
      codePostal: camille.codePostal,
    };
    const first = await api.request('POST', '/v1/sessions', { headers, body });
    const replay = await api.request('POST', '/v1/sessions', { headers, body });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.json).toEqual(first.json);
    const rows = api.query<Record<string, unknown>>('SELECT * FROM idempotency_records');
    const dump = JSON.stringify(rows);
    for (const secret of [String(first.json?.userToken), 'Camille', 'Martin', 'sign-in-0001']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('refuses the same key with a different body (422 idempotency_key_reused)', async () => {
    const headers = { ...auth, 'idempotency-key': 'assist-0002' };
    const first = await api.request('POST', '/v1/assist-requests', { headers, body: assist });
    const other = await api.request('POST', '/v1/assist-requests', {
      headers,
      body: { ...assist, screen: 'login' },
    });
    expect(first.status).toBe(201);
    expect(other.status).toBe(422);
    expect(other.json).toEqual({ code: 'idempotency_key_reused', message: expect.any(String) });
  });

  it('does not record refusals: a retry after a wrong password runs again', async () => {
    const headers = { ...auth, 'idempotency-key': 'sign-in-0002' };
    const body = {
      identifiant: camille.identifiant,
      motDePasse: 'wrong',
      codePostal: camille.codePostal,
    };
    const first = await api.request('POST', '/v1/sessions', { headers, body });
    const again = await api.request('POST', '/v1/sessions', { headers, body });
    expect(first.status).toBe(401);
    expect(again.status).toBe(401);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('scopes keys per terminal', async () => {
    const other = await api.enrol('other-terminal');
    const key = { 'idempotency-key': 'assist-0003' };
    const mine = await api.request('POST', '/v1/assist-requests', {
      headers: { ...auth, ...key },
      body: assist,
    });
    const theirs = await api.request('POST', '/v1/assist-requests', {
      headers: { ...other.auth, ...key },
      body: { ...assist, screen: 'login' },
    });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.json?.requestId).not.toBe(mine.json?.requestId);
  });

  it('replays enrolment (scope "enrolment") with the same access token', async () => {
    const headers = { 'idempotency-key': 'enrol-0001' };
    const body = { enrolmentToken: 'demo-enrolment-token', label: 'borne-idem' };
    const first = await api.request('POST', '/v1/terminals/enrol', { headers, body });
    const replay = await api.request('POST', '/v1/terminals/enrol', { headers, body });
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('replays a logout as 204', async () => {
    const signedIn = await api.signIn(auth, camille);
    const headers = {
      ...auth,
      'x-user-token': String(signedIn.json?.userToken),
      'idempotency-key': 'logout-1',
    };
    const first = await api.request('POST', '/v1/sessions/logout', { headers });
    const replay = await api.request('POST', '/v1/sessions/logout', { headers });
    expect([first.status, replay.status]).toEqual([204, 204]);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('keeps stored answers across a restart', async () => {
    const headers = { ...auth, 'idempotency-key': 'assist-restart' };
    const first = await api.request('POST', '/v1/assist-requests', { headers, body: assist });
    await api.restart();
    const replay = await api.request('POST', '/v1/assist-requests', { headers, body: assist });
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('central API: Idempotency-Key in flight', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Hashing slow enough (tens of ms) that the first sign-in is still verifying when the second
    // arrives, without seeding every demo account at production cost (seconds of CPU a start).
    api = await startTestApi({
      passwordHashing: { memoryCost: 16_384, timeCost: 2, parallelism: 1 },
    });
  });
  afterAll(() => api.dispose());

  it('answers 409 to a second request with the same key while the first is running', async () => {
    const { auth } = await api.enrol();
    const headers = { ...auth, 'idempotency-key': 'sign-in-parallel' };
    const body = {
      identifiant: camille.identifiant,
      motDePasse: camille.motDePasse,
      codePostal: camille.codePostal,
    };
    const replies = await Promise.all([
      api.request('POST', '/v1/sessions', { headers, body }),
      api.request('POST', '/v1/sessions', { headers, body }),
    ]);
    if (testBalanced) {
      // Through the balancer the two land on different instances, neither seeing the other
      // running: one writes, the other gets its answer (one business write, the same answer).
      expect(replies.map((r) => r.status)).toEqual([201, 201]);
      expect(replies[1]?.json).toEqual(replies[0]?.json);
      const replayed = replies.filter((r) => r.headers.get('idempotent-replayed') === 'true');
      expect(replayed).toHaveLength(1);
    } else {
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      const conflict = replies.find((r) => r.status === 409);
      expect(conflict?.json).toEqual({
        code: 'idempotency_request_in_flight',
        message: expect.any(String),
      });
    }
    // Once the first has finished, the same request replays it.
    const later = await api.request('POST', '/v1/sessions', { headers, body });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBe('true');
    expect(api.query<{ n: number }>('SELECT count(*) AS n FROM user_sessions')[0]?.n).toBe(1);
  });
});

// Hashing does not depend on the engine: checked once, on SQLite (a start at production cost
// seeds every demo account with it, seconds of CPU).
describe.skipIf(testEngine === 'postgres')('central API: production password hashing', () => {
  it('hashes seeded passwords with argon2id at the library defaults in production', async () => {
    // undefined overrides the helper's cheap parameters: the production defaults.
    const api = await startTestApi({ passwordHashing: undefined });
    try {
      const [row] = api.query<{ password_hash: string }>('SELECT password_hash FROM users LIMIT 1');
      expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    } finally {
      await api.dispose();
    }
  });
});
