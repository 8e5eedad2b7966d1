import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryPasswordAccount } from '../../../central-api/src/seedAccounts';
import { startTestApi, type TestApi } from './helpers';

describe('central API: temporary passwords and forgotten passwords', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  it('flags a temporary password at sign-in, and clears the flag once changed', async () => {
    const first = await api.signIn(auth, temporaryPasswordAccount);
    expect(first.status).toBe(201);
    expect(first.json?.mustChangePassword).toBe(true);
    const headers = { ...auth, 'x-user-token': String(first.json?.userToken) };
    const weak = await api.request('POST', '/v1/me/password', {
      headers,
      body: { motDePasseActuel: temporaryPasswordAccount.motDePasse, nouveauMotDePasse: 'abc' },
    });
    expect(weak.status).toBe(400);
    expect(weak.json?.code).toBe('password_policy');
    // After a temporary password only the new one is asked.
    const ok = await api.request('POST', '/v1/me/password', {
      headers,
      body: { nouveauMotDePasse: 'Bordeaux-Quais-2026' },
    });
    expect(ok.status).toBe(204);
    // Afterwards the current password is required again.
    const wrong = await api.request('POST', '/v1/me/password', {
      headers,
      body: { motDePasseActuel: 'Pas-le-bon-2026', nouveauMotDePasse: 'Bordeaux-Quais-2027' },
    });
    expect(wrong.status).toBe(401);
    const missing = await api.request('POST', '/v1/me/password', {
      headers,
      body: { nouveauMotDePasse: 'Bordeaux-Quais-2027' },
    });
    expect(missing.status).toBe(401);
    const again = await api.signIn(auth, {
      ...temporaryPasswordAccount,
      motDePasse: 'Bordeaux-Quais-2026',
    });
    expect(again.json?.mustChangePassword).toBe(false);
  });

  it('gives the same question for an unknown identifiant every time, and the real one otherwise', async () => {
    const ask = (identifiant: string) =>
      api.request('POST', '/v1/password-resets/question', { headers: auth, body: { identifiant } });
    expect((await ask('7654321B')).json).toEqual({ questionSecrete: 'villeNaissance' });
    const a = await ask('9999999Z');
    const b = await ask('9999999z');
    expect(a.status).toBe(200);
    expect(a.json).toEqual(b.json);
  });

  it('resets with the right answer (accents and case ignored), recording a temporary password for the mailer only', async () => {
    const wrong = await api.request('POST', '/v1/password-resets', {
      headers: auth,
      body: { identifiant: '7654321B', reponseSecrete: 'Brest' },
    });
    expect(wrong.status).toBe(401);
    const unknown = await api.request('POST', '/v1/password-resets', {
      headers: auth,
      body: { identifiant: '9999999Z', reponseSecrete: 'Guingamp' },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(wrong.json);
    const ok = await api.request('POST', '/v1/password-resets', {
      headers: auth,
      body: { identifiant: '7654321b', reponseSecrete: ' GUINGAMP ' },
    });
    expect(ok.status).toBe(202);
    expect(ok.json).toEqual({ sentBy: 'email', maskedEmail: 'k…@e…fr' });
    const { temporaryPassword } = api.mailedSecrets('temporary_password');
    expect(temporaryPassword).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(ok.text).not.toContain(temporaryPassword);
    // Sealed for the mailer: nothing in the database gives the temporary password away.
    const rows = api.query<{ body_json: string }>('SELECT body_json FROM outgoing_emails');
    for (const row of rows) expect(row.body_json).not.toContain(temporaryPassword!.slice(0, 5));
    const fresh = await api.signIn(auth, {
      identifiant: '7654321B',
      motDePasse: temporaryPassword!,
      codePostal: '22200',
    });
    expect(fresh.status).toBe(201);
    expect(fresh.json?.mustChangePassword).toBe(true);
    // Used, the temporary password replaced the old one.
    const old = await api.signIn(auth, {
      identifiant: '7654321B',
      motDePasse: 'Soleil-Juin-8',
      codePostal: '22200',
    });
    expect(old.status).toBe(401);
  });

  it('keeps the old password valid until the temporary one is used: a stranger’s reset locks no one out', async () => {
    const api2 = await startTestApi();
    try {
      const { auth: terminal } = await api2.enrol();
      const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
      const reset = await api2.request('POST', '/v1/password-resets', {
        headers: terminal,
        body: { identifiant: karim.identifiant, reponseSecrete: 'Guingamp' },
      });
      expect(reset.status).toBe(202);
      const { temporaryPassword } = api2.mailedSecrets('temporary_password');
      const signedIn = await api2.signIn(terminal, karim);
      expect(signedIn.status).toBe(201);
      expect(signedIn.json?.mustChangePassword).toBe(false);
      // Signing in with the usual password cancelled the reset.
      const late = await api2.signIn(terminal, { ...karim, motDePasse: temporaryPassword! });
      expect(late.status).toBe(401);
    } finally {
      await api2.dispose();
    }
  });
});
