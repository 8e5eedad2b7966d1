import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../../central-api/src/index';
import { startTestApi, type TestApi } from './helpers';

const [camille, karim] = demoAccounts as [(typeof demoAccounts)[0], (typeof demoAccounts)[0]];

describe('central API: sessions', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  it.each(demoAccounts.map((a) => [a.identifiant, a] as const))(
    'signs in demo account %s and returns the profile',
    async (_id, account) => {
      const reply = await api.signIn(auth, account);
      expect(reply.status).toBe(201);
      expect(reply.json).toEqual({
        userToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresInSeconds: 1800,
        profile: { prenom: account.prenom, nom: account.nom },
        submissionGrant: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        submissionGrantExpiresInSeconds: 72 * 3600,
        mustChangePassword: false,
        access: 'espace',
      });
    },
  );

  it('stores demo passwords as argon2id hashes only', () => {
    const rows = api.query<{ password_hash: string }>('SELECT password_hash FROM users');
    // The three demo job seekers, plus the accounts seeded for the sign-in paths.
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('compares the identifiant case-insensitively', async () => {
    const reply = await api.signIn(auth, {
      ...camille,
      identifiant: camille.identifiant.toLowerCase(),
    });
    expect(reply.status).toBe(201);
  });

  it('gives the very same 401 for an unknown identifiant, a wrong password and a wrong code postal', async () => {
    const replies = await Promise.all([
      api.signIn(auth, { ...camille, identifiant: '9999999Z' }),
      api.signIn(auth, { ...camille, motDePasse: 'Kiosque2025!' }),
      api.signIn(auth, { ...camille, codePostal: '75012' }),
      // Right password of another account.
      api.signIn(auth, { ...camille, motDePasse: karim.motDePasse }),
    ]);
    for (const reply of replies) expect(reply.status).toBe(401);
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(replies[0]?.json).toEqual({ code: 'invalid_credentials', message: expect.any(String) });
  });

  it('needs a terminal token to sign in', async () => {
    const reply = await api.signIn({}, camille);
    expect(reply.status).toBe(401);
    expect(reply.json?.code).toBe('invalid_terminal_token');
  });

  it.each([
    ['identifiant', { motDePasse: 'x', codePostal: '75011' }, 'body/identifiant is required'],
    ['motDePasse', { identifiant: 'A', codePostal: '75011' }, 'body/motDePasse is required'],
    ['codePostal', { identifiant: 'A', motDePasse: 'x' }, 'body/codePostal is required'],
  ])('answers 400 naming the missing field %s', async (_field, body, message) => {
    const reply = await api.request('POST', '/v1/sessions', { headers: auth, body });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ code: 'invalid_request', message });
  });

  it.each(['7501', '750110', 'ABCDE', '75 01'])(
    'answers 400 for code postal "%s" naming the field but not the value',
    async (codePostal) => {
      const reply = await api.signIn(auth, { ...camille, codePostal });
      expect(reply.status).toBe(400);
      expect(reply.json?.code).toBe('invalid_request');
      expect(reply.json?.message).toMatch(/^body\/codePostal must match pattern/);
      expect(reply.text).not.toContain(codePostal);
    },
  );

  it('answers 400 for malformed JSON without echoing it', async () => {
    const reply = await api.request('POST', '/v1/sessions', {
      headers: auth,
      body: '{"identifiant": "1234567A", "motDePasse": "Kiosque2026!"',
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ code: 'invalid_request', message: 'Body is not valid JSON' });
  });

  it('serves /v1/me only with a valid user token of this terminal', async () => {
    const signedIn = await api.signIn(auth, karim);
    const userToken = String(signedIn.json?.userToken);
    const me = await api.request('GET', '/v1/me', {
      headers: { ...auth, 'x-user-token': userToken },
    });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ prenom: 'Karim', nom: 'Benali' });

    const missing = await api.request('GET', '/v1/me', { headers: auth });
    expect(missing.status).toBe(401);
    expect(missing.json?.code).toBe('invalid_user_token');

    const noTerminal = await api.request('GET', '/v1/me', {
      headers: { 'x-user-token': userToken },
    });
    expect(noTerminal.status).toBe(401);
    expect(noTerminal.json?.code).toBe('invalid_terminal_token');

    const other = await api.enrol('another-terminal');
    const elsewhere = await api.request('GET', '/v1/me', {
      headers: { ...other.auth, 'x-user-token': userToken },
    });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.json?.code).toBe('invalid_user_token');
  });

  it('revokes the user token on logout, and logout can be repeated', async () => {
    const signedIn = await api.signIn(auth, camille);
    const user = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
    const logout = await api.request('POST', '/v1/sessions/logout', { headers: user });
    expect(logout.status).toBe(204);
    expect(logout.text).toBe('');

    const me = await api.request('GET', '/v1/me', { headers: user });
    expect(me.status).toBe(401);
    expect(me.json?.code).toBe('invalid_user_token');

    // Again, with an empty JSON body as some HTTP clients send: still 204.
    const again = await api.request('POST', '/v1/sessions/logout', {
      headers: user,
      contentType: 'application/json',
    });
    expect(again.status).toBe(204);
    const unknown = await api.request('POST', '/v1/sessions/logout', {
      headers: { ...auth, 'x-user-token': 'never-issued' },
    });
    expect(unknown.status).toBe(204);
    const noTerminal = await api.request('POST', '/v1/sessions/logout', {
      headers: { 'x-user-token': user['x-user-token'] },
    });
    expect(noTerminal.status).toBe(401);
    expect(noTerminal.json?.code).toBe('invalid_terminal_token');
  });
});
