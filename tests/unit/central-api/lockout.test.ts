import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

describe('central API: sign-in lockout and rate limit', () => {
  let api: TestApi;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  const logs: string[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => logs.push(c.toString('utf8')));
    api = await startTestApi({
      now: () => new Date(clock),
      logStream: stream,
      logLevel: 'trace',
      signInLimits: { maxFailures: 5, lockSeconds: 900, perTerminalPerMinute: 12 },
    });
  });
  afterAll(() => api.dispose());

  it('locks an identifiant after 5 failures for 15 minutes, even with the right password', async () => {
    let { auth } = await api.enrol('borne-lock');
    const wrong = { ...karim, motDePasse: 'Canary-Wrong-Pass-1' };
    for (let i = 0; i < 4; i += 1) expect((await api.signIn(auth, wrong)).status).toBe(401);
    const fifth = await api.signIn(auth, wrong);
    expect(fifth.status).toBe(429);
    expect(fifth.json).toEqual({
      code: 'account_locked',
      message: expect.any(String),
      retryAfterSeconds: 900,
    });
    expect(fifth.headers.get('retry-after')).toBe('900');
    const right = await api.signIn(auth, karim);
    expect(right.status).toBe(429);
    clock += 600_000;
    const later = await api.signIn(auth, karim);
    expect(later.json?.retryAfterSeconds).toBe(300);
    clock += 301_000;
    // The terminal token (15 min) has expired meanwhile: enrol again, as the kiosk does.
    ({ auth } = await api.enrol('borne-lock'));
    expect((await api.signIn(auth, karim)).status).toBe(201);
    // Locks are per identifiant: others sign in meanwhile; unknown identifiants lock the same way.
    const ghost = { identifiant: '0000000Z', motDePasse: 'x', codePostal: '00000' };
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push((await api.signIn(auth, ghost)).status);
    expect(replies).toEqual([401, 401, 401, 401, 429, 429]);
    expect(JSON.stringify(api.query('SELECT * FROM sign_in_failures'))).not.toContain('0000000Z');
  });

  it('a success resets the count of failures', async () => {
    clock += 3_600_000;
    const { auth } = await api.enrol('borne-reset');
    const wrong = { ...karim, motDePasse: 'nope' };
    for (let i = 0; i < 4; i += 1) await api.signIn(auth, wrong);
    expect((await api.signIn(auth, karim)).status).toBe(201);
    for (let i = 0; i < 4; i += 1) expect((await api.signIn(auth, wrong)).status).toBe(401);
  });

  it('limits the sign-ins of one terminal per minute, and not the others', async () => {
    clock += 3_600_000;
    const { auth } = await api.enrol('borne-spray');
    const statuses = [];
    for (let i = 0; i < 13; i += 1) {
      const reply = await api.signIn(auth, {
        identifiant: `${1000000 + i}X`,
        motDePasse: 'x',
        codePostal: '75011',
      });
      statuses.push(reply.status);
      if (reply.status === 429) expect(reply.json?.code).toBe('rate_limited');
    }
    expect(statuses.slice(0, 12).every((s) => s === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
    const other = await api.enrol('borne-calm');
    expect((await api.signIn(other.auth, karim)).status).toBe(201);
    clock += 61_000;
    expect((await api.signIn(auth, karim)).status).toBe(201);
  });

  it('logs none of the identifiants, passwords, grants or tokens', async () => {
    await new Promise((r) => setTimeout(r, 30));
    const text = logs.join('');
    expect(text).toContain('"status":429');
    for (const canary of ['Canary-Wrong-Pass-1', '7654321B', '0000000Z', 'Soleil-Juin-8']) {
      expect(text).not.toContain(canary);
    }
  });
});

describe('central API: submission grants', () => {
  let api: TestApi;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({ now: () => new Date(clock), testRoutes: true });
  });
  afterAll(() => api.dispose());

  it('outlive sign-out, expire after 72 h, and are stored as hashes only', async () => {
    const { auth } = await api.enrol('borne-grant');
    const session = await api.signIn(auth, karim);
    const grant = String(session.json?.submissionGrant);
    const userToken = String(session.json?.userToken);
    await api.request('POST', '/v1/sessions/logout', {
      headers: { ...auth, 'x-user-token': userToken },
    });
    const submit = (reference: string) =>
      api.request('POST', '/v1/test-submissions', {
        headers: { ...auth, 'x-submission-grant': grant },
        body: { reference, content: 'bonjour' },
      });
    expect((await submit('after-logout')).status).toBe(201);
    const byToken = await api.request('POST', '/v1/test-submissions', {
      headers: { ...auth, 'x-user-token': userToken },
      body: { reference: 'token-after-logout', content: 'x' },
    });
    expect(byToken.status).toBe(401);
    expect(JSON.stringify(api.query('SELECT * FROM submission_grants'))).not.toContain(grant);
    clock += 72 * 3600_000 + 1000;
    const late = await api.enrol('borne-grant');
    const expired = await api.request('POST', '/v1/test-submissions', {
      headers: { ...late.auth, 'x-submission-grant': grant },
      body: { reference: 'too-late', content: 'x' },
    });
    expect(expired.status).toBe(401);
  });
});
