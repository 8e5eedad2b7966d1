import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryPasswordAccount } from '../../../central-api/src/seedAccounts';
import { startTestApi, type TestApi } from './helpers';

const pendingCodes = {
  identifiant: 'alicebrun',
  motDePasse: 'Lumiere-Lyon-1895',
  codePostal: '69008',
  questionSecrete: 'villeNaissance',
  reponseSecrete: 'Lyon',
};

describe('central API: what each account state may use', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  it('keeps a pending registration out of the espace personnel, but not out of its draft', async () => {
    const created = await api.request('POST', '/v1/registrations', {
      headers: auth,
      body: pendingCodes,
    });
    expect(created.status).toBe(201);
    const headers = { ...auth, 'x-user-token': String(created.json?.draftToken) };
    for (const path of ['/v1/me', '/v1/actualisations/current', '/v1/letters', '/v1/cvs']) {
      const reply = await api.request('GET', path, { headers });
      expect({ path, status: reply.status, code: reply.json?.code }).toEqual({
        path,
        status: 403,
        code: 'account_pending',
      });
    }
    const keys = await api.request('POST', '/v1/webauthn/registration/options', {
      headers,
      body: { rpId: 'borne.example.fr', origin: 'https://borne.example.fr' },
    });
    expect(keys.status).toBe(403);
    const save = await api.request(
      'POST',
      `/v1/registrations/${String(created.json?.reference)}/draft`,
      { headers, body: { section: 'situation', data: {} } },
    );
    // Past the state check: the draft route judges the section itself.
    expect(save.status).toBe(400);
  });

  it('refuses to sign a registration still in draft in (403 account_pending), without opening a session', async () => {
    const before = api.query<{ n: number }>('SELECT count(*) AS n FROM user_sessions')[0]?.n;
    const reply = await api.signIn(auth, pendingCodes);
    expect(reply.status).toBe(403);
    expect(reply.json?.code).toBe('account_pending');
    expect(reply.text).not.toMatch(/alicebrun/i);
    expect(api.query<{ n: number }>('SELECT count(*) AS n FROM user_sessions')[0]?.n).toBe(before);
    const wrong = await api.signIn(auth, { ...pendingCodes, motDePasse: 'Lumiere-Lyon-1896' });
    expect(wrong.status).toBe(401);
  });

  it('lets a temporary password do nothing but be changed, then everything', async () => {
    const signedIn = await api.signIn(auth, temporaryPasswordAccount);
    expect(signedIn.status).toBe(201);
    const headers = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
    const early = await api.request('GET', '/v1/me', { headers });
    expect(early.status).toBe(403);
    expect(early.json?.code).toBe('password_change_required');
    const grant = {
      ...auth,
      'x-submission-grant': String(signedIn.json?.submissionGrant),
    };
    const viaGrant = await api.request(
      'POST',
      '/v1/cvs/00000000-0000-4000-8000-000000000000/status',
      { headers: grant, body: { status: 'published' } },
    );
    expect(viaGrant.status).toBe(403);
    const changed = await api.request('POST', '/v1/me/password', {
      headers,
      body: { nouveauMotDePasse: 'Garonne-Quais-2026' },
    });
    expect(changed.status).toBe(204);
    const me = await api.request('GET', '/v1/me', { headers });
    expect(me.status).toBe(200);
  });

  it('refuses a session whose account was closed meanwhile (403 account_inactive)', async () => {
    const signedIn = await api.signIn(auth, {
      identifiant: '2345678C',
      motDePasse: '482913',
      codePostal: '69003',
    });
    const headers = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
    expect((await api.request('GET', '/v1/me', { headers })).status).toBe(200);
    const db = api.openDb();
    try {
      db.prepare("UPDATE users SET status = 'closed' WHERE identifiant = '2345678C'").run();
    } finally {
      db.close();
    }
    const reply = await api.request('GET', '/v1/me', { headers });
    expect(reply.status).toBe(403);
    expect(reply.json?.code).toBe('account_inactive');
  });

  it('documents the 403 on every route a user session opens, and not on sign-out', async () => {
    const doc = (await api.request('GET', '/openapi.json')).json as {
      paths: Record<string, Record<string, { operationId: string; responses: object }>>;
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const by = (id: string) => ops.find((o) => o.operationId === id)?.responses ?? {};
    expect(Object.keys(by('getMe'))).toContain('403');
    expect(Object.keys(by('signIn'))).toContain('403');
    expect(Object.keys(by('signOut'))).not.toContain('403');
  });
});
