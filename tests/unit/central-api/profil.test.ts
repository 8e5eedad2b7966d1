import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccount, signedInDemo, startTestApi, type TestApi } from './helpers';

async function signedInAs(
  api: TestApi,
  account: { identifiant: string; motDePasse: string; codePostal: string },
) {
  const { auth } = await api.enrol('profil-2');
  const reply = await api.signIn(auth, account);
  return { user: { ...auth, 'x-user-token': String(reply.json?.userToken) } };
}

const ref = (n: number) => `PRF-20261205-AAAAA${'23456789'[n]}`;

describe('central API: « Mon profil »', () => {
  let api: TestApi;
  let user: Record<string, string>;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ user, auth } = await signedInDemo(api, 'profil'));
  });
  afterAll(() => api.dispose());

  const change = (n: number, kind: string, data: Record<string, unknown>) =>
    api.request('POST', '/v1/me/profil/changes', {
      headers: user,
      body: { reference: ref(n), change: { kind, data } },
    });
  const profil = async () =>
    (await api.request('GET', '/v1/me/profil', { headers: user })).json as Record<string, unknown>;

  it('shows the seeded values, the IBAN masked but for its last 4', async () => {
    const p = await profil();
    expect(p.telephone).toBe('06 12 34 56 78');
    expect(p.rib).toEqual({ titulaire: 'Camille Martin', ibanMasque: 'FR•• •••• •••• •••• 0189' });
    expect(JSON.stringify(p)).not.toContain('FR7630006000011234567890189');
  });

  it('applies a new address once per reference, and its code postal then signs in', async () => {
    const data = {
      adresse: '5 place Bellecour',
      complement: '',
      codePostal: '69002',
      commune: { code: '69123', nom: 'Lyon' },
    };
    const first = await change(0, 'adresse', data);
    expect(first.status).toBe(201);
    const again = await change(0, 'adresse', data);
    expect(again.json?.receivedAt).toBe(first.json?.receivedAt);
    expect(api.query('SELECT 1 FROM profile_changes WHERE reference = ?', ref(0))).toHaveLength(1);
    expect((await profil()).adresse).toEqual(data);
    const signIn = await api.signIn(auth, { ...demoAccount, codePostal: '69002' });
    expect(signIn.status).toBe(201);
  });

  it('refuses with a 4xx and its reason: a wrong IBAN key, a foreign phone', async () => {
    const rib = await change(1, 'rib', {
      titulaire: 'Camille Martin',
      iban: 'FR7630006000011234567890188',
      bic: '',
    });
    expect(rib.status).toBe(400);
    expect(rib.json?.code).toBe('iban_invalid');
    expect(String(rib.json?.message)).toMatch(/check key/);
    const phone = await change(2, 'telephone', { telephone: '+44 20 7946 0958' });
    expect(phone.status).toBe(400);
  });

  it('keeps the old e-mail until the link is followed, the message recorded for the mailer', async () => {
    const sent = await change(3, 'email', {
      email: 'camille.m@example.org',
      emailConfirmation: 'camille.m@example.org',
    });
    expect(sent.json?.status).toBe('pending_confirmation');
    const p = await profil();
    expect(p.email).toBeNull();
    expect(p.emailEnAttente).toBe('camille.m@example.org');
    const [mail] = api.query<{ body_json: string }>(
      "SELECT body_json FROM outgoing_emails WHERE kind = 'email_confirmation'",
    );
    const { to, sealed } = JSON.parse(mail!.body_json) as { to: string; sealed: string };
    expect(to).toBe('camille.m@example.org');
    expect(mail!.body_json).not.toMatch(/token/);
    // Only the mailer, with the mail key, reads the link's token.
    expect(sealed).toMatch(/^v1\./);
    const { token } = api.mailedSecrets('email_confirmation') as { token: string };
    const wrong = await api.request('POST', '/v1/email-confirmations', {
      headers: auth,
      body: { token: 'x'.repeat(32) },
    });
    expect(wrong.status).toBe(404);
    const ok = await api.request('POST', '/v1/email-confirmations', {
      headers: auth,
      body: { token },
    });
    expect(ok.status).toBe(200);
    expect((await profil()).email).toBe('camille.m@example.org');
  });

  it('holds a new bank account « en cours » and refuses a second one meanwhile', async () => {
    const rib = {
      titulaire: 'Camille Martin',
      iban: 'FR1420041010050500013M02606',
      bic: 'PSSTFRPPXXX',
    };
    expect((await change(4, 'rib', rib)).json?.status).toBe('pending_check');
    const p = await profil();
    expect(p.rib).toMatchObject({ ibanMasque: 'FR•• •••• •••• •••• 0189' });
    expect(p.ribEnCours).toMatchObject({ ibanMasque: 'FR•• •••• •••• •••• 2606' });
    const second = await change(5, 'rib', { ...rib, iban: 'FR7610107001011234567890129' });
    expect(second.status).toBe(409);
    expect(second.json?.code).toBe('rib_change_pending');
  });

  it('starts a profile from the coordonnées given at registration', async () => {
    // Léa Dubois has no profile yet; her (validated) registration gave an address and a phone.
    const db = api.openDb();
    db.prepare(
      `INSERT INTO registrations (reference, user_id, status, draft_json, created_at, updated_at, expires_at)
       SELECT 'INS-LEA00001', id, 'validated', ?, '2026-01-01', '2026-01-01', '2026-01-16'
       FROM users WHERE identifiant = '2345678C'`,
    ).run(
      JSON.stringify({
        coordonnees: {
          adresse: '8 quai Victor Augagneur',
          complement: '',
          codePostal: '69003',
          commune: { code: '69123', nom: 'Lyon' },
          telephonePortable: '',
          telephoneFixe: '04 78 12 34 56',
        },
      }),
    );
    db.close();
    const { user: lea } = await signedInAs(api, {
      identifiant: '2345678C',
      motDePasse: '482913',
      codePostal: '69003',
    });
    const reply = await api.request('GET', '/v1/me/profil', { headers: lea });
    expect(reply.json).toMatchObject({
      adresse: { adresse: '8 quai Victor Augagneur', codePostal: '69003' },
      telephone: '04 78 12 34 56',
      rib: null,
    });
  });
});
