import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noActivityAnswers } from '../../fixtures/actualisation';
import { startTestApi, type TestApi } from './helpers';

const codes = {
  identifiant: 'frankcapra',
  motDePasse: 'Cinema-Paris-1946',
  codePostal: '75020',
  questionSecrete: 'villeNaissance',
  reponseSecrete: 'Palerme',
};
const identite = {
  civilite: 'M',
  nomNaissance: 'Capra',
  nomUsage: '',
  prenoms: 'Frank',
  sansNir: true,
  nir: '',
  dateNaissance: '1997-05-18',
  paysNaissance: 'Italie',
  communeNaissance: null,
};
const coordonnees = {
  adresse: '3 rue des Pyrénées',
  complement: '',
  codePostal: '75020',
  commune: { code: '75056', nom: 'Paris' },
  email: 'frank.capra@example.fr',
  emailConfirmation: 'frank.capra@example.fr',
  telephonePortable: '06 12 34 56 78',
  telephoneFixe: '',
};
const situation = {
  dejaInscrit: false,
  identifiantDemandeur: '',
  situationProfessionnelle: 'finContrat',
  qualification: 'employeQualifie',
  cgu: true,
  emailsFranceTravail: false,
};

describe('central API: registration', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  let reference = '';
  let draftToken = '';
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  const asDraft = () => ({ ...auth, 'x-user-token': draftToken });

  it('says whether an identifiant is free, taken or malformed', async () => {
    const free = await api.request('POST', '/v1/identifiants/availability', {
      headers: auth,
      body: { identifiant: 'frankcapra' },
    });
    expect(free.json).toEqual({ available: true, reason: 'free' });
    const taken = await api.request('POST', '/v1/identifiants/availability', {
      headers: auth,
      body: { identifiant: '1234567a' },
    });
    expect(taken.json).toEqual({ available: false, reason: 'format_invalid' });
    const bad = await api.request('POST', '/v1/identifiants/availability', {
      headers: auth,
      body: { identifiant: 'ab' },
    });
    expect(bad.json).toEqual({ available: false, reason: 'format_invalid' });
  });

  it('refuses access codes that break the policy with a 400 naming the field', async () => {
    const reply = await api.request('POST', '/v1/registrations', {
      headers: auth,
      body: { ...codes, motDePasse: 'court' },
    });
    expect(reply.status).toBe(400);
    expect(reply.json?.message).toMatch(/motDePasse/);
    expect(reply.text).not.toContain('court');
  });

  it('creates a pending account and a draft with a reference and a draft token', async () => {
    const reply = await api.request('POST', '/v1/registrations', { headers: auth, body: codes });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      reference: expect.stringMatching(/^INS-[A-Z0-9]{8}$/),
      draft: {},
    });
    reference = String(reply.json?.reference);
    draftToken = String(reply.json?.draftToken);
    const taken = await api.request('POST', '/v1/identifiants/availability', {
      headers: auth,
      body: { identifiant: 'FRANKCAPRA' },
    });
    expect(taken.json).toEqual({ available: false, reason: 'taken' });
    const again = await api.request('POST', '/v1/registrations', { headers: auth, body: codes });
    expect(again.status).toBe(409);
    expect(again.json?.code).toBe('identifiant_taken');
    const [user] = api.query<{ status: string; secret_answer_hash: string }>(
      "SELECT status, secret_answer_hash FROM users WHERE identifiant = 'FRANKCAPRA'",
    );
    expect(user?.status).toBe('pending');
    expect(user?.secret_answer_hash).toMatch(/^\$argon2id\$/);
  });

  it('will not give a job seeker an identifiant an employer space already has', async () => {
    const entreprise = await api.request('POST', '/v1/employers/entreprise', {
      headers: auth,
      body: {
        account: {
          identifiant: 'boulangerieport',
          motDePasse: 'Farine-Levain-2026',
          civilite: 'M',
          nom: 'Le Gall',
          prenom: 'Yann',
          email: 'contact@boulangerie-port.example',
          telephone: '0299400000',
          cgu: true,
        },
        siret: '73282932000074',
      },
    });
    expect(entreprise.status).toBe(201);
    const candidate = await api.request('POST', '/v1/registrations', {
      headers: auth,
      body: { ...codes, identifiant: 'BoulangeriePort' },
    });
    expect(candidate.status).toBe(409);
    expect(candidate.json?.code).toBe('identifiant_taken');
  });

  it('saves each section, refuses a bad one with 400, and will not submit an incomplete draft', async () => {
    const save = (section: string, data: unknown) =>
      api.request('POST', `/v1/registrations/${reference}/draft`, {
        headers: asDraft(),
        body: { section, data },
      });
    expect((await save('identite', identite)).status).toBe(200);
    const bad = await save('coordonnees', { ...coordonnees, telephonePortable: '01 45 67 89 10' });
    expect(bad.status).toBe(400);
    expect(bad.json?.message).toMatch(/telephonePortable/);
    const early = await api.request('POST', `/v1/registrations/${reference}/submit`, {
      headers: asDraft(),
    });
    expect(early.status).toBe(409);
    expect(early.json?.code).toBe('registration_incomplete');
    expect((await save('coordonnees', coordonnees)).status).toBe(200);
  });

  it('resumes the draft with identifiant + mot de passe only, and not with a wrong password', async () => {
    const wrong = await api.request('POST', '/v1/registrations/resume', {
      headers: auth,
      body: { identifiant: 'frankcapra', motDePasse: 'Cinema-Paris-1947' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json?.code).toBe('invalid_credentials');
    const reply = await api.request('POST', '/v1/registrations/resume', {
      headers: auth,
      body: { identifiant: 'FrankCapra', motDePasse: codes.motDePasse },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ reference, draft: { identite: { prenoms: 'Frank' } } });
    draftToken = String(reply.json?.draftToken);
  });

  it('refuses another user’s token on this draft', async () => {
    const karim = await api.signIn(auth, {
      identifiant: '7654321B',
      motDePasse: 'Soleil-Juin-8',
      codePostal: '22200',
    });
    const reply = await api.request('POST', `/v1/registrations/${reference}/draft`, {
      headers: { ...auth, 'x-user-token': String(karim.json?.userToken) },
      body: { section: 'situation', data: situation },
    });
    expect(reply.status).toBe(404);
  });

  it('submits, then proposes three appointments and books one of them', async () => {
    await api.request('POST', `/v1/registrations/${reference}/draft`, {
      headers: asDraft(),
      body: { section: 'situation', data: situation },
    });
    const sent = await api.request('POST', `/v1/registrations/${reference}/submit`, {
      headers: asDraft(),
    });
    expect(sent.status).toBe(200);
    const slots = await api.request('GET', `/v1/registrations/${reference}/appointment-slots`, {
      headers: asDraft(),
    });
    const list = slots.json?.slots as { id: string; agence: string; adresse: string }[];
    expect(list).toHaveLength(3);
    // The agency of the address's commune (Paris), with where to find it.
    expect(list[0]).toMatchObject({
      agence: expect.stringMatching(/^Agence France Travail Paris/),
      adresse: expect.stringMatching(/\d{5} Paris$/),
    });
    const bad = await api.request('POST', `/v1/registrations/${reference}/appointment`, {
      headers: asDraft(),
      body: { slotId: '2001-01-01T00:00:00.000Z' },
    });
    expect(bad.status).toBe(409);
    const booked = await api.request('POST', `/v1/registrations/${reference}/appointment`, {
      headers: asDraft(),
      body: { slotId: list[1]?.id },
    });
    expect(booked.status).toBe(200);
    const [row] = api.query<{ appointment_at: string; status: string }>(
      'SELECT appointment_at, status FROM registrations WHERE reference = ?',
      reference,
    );
    expect(row).toEqual({ appointment_at: list[1]?.id, status: 'submitted' });
    const resume = await api.request('POST', '/v1/registrations/resume', {
      headers: auth,
      body: { identifiant: 'frankcapra', motDePasse: codes.motDePasse },
    });
    expect(resume.status).toBe(409);
  });

  it('signs the sent registration in with its provisional codes, to a restricted space', async () => {
    const signedIn = await api.signIn(auth, {
      identifiant: codes.identifiant,
      motDePasse: codes.motDePasse,
      codePostal: codes.codePostal,
    });
    expect(signedIn.status).toBe(201);
    expect(signedIn.json).toMatchObject({ access: 'provisional', profile: { prenom: 'Frank' } });
    const headers = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
    const mine = await api.request('GET', '/v1/registrations/mine', { headers });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({
      reference,
      appointment: { agence: expect.stringMatching(/Paris/), adresse: expect.any(String) },
    });
    for (const path of ['/v1/me', '/v1/documents', '/v1/cvs']) {
      expect({ path, status: (await api.request('GET', path, { headers })).status }).toEqual({
        path,
        status: 200,
      });
    }
    // The rest waits for the adviser's validation: a 403 with its reason, for the session and
    // for the outbox's submission grant alike.
    const grant = { ...auth, 'x-submission-grant': String(signedIn.json?.submissionGrant) };
    const refused = [
      await api.request('GET', '/v1/actualisations/current', { headers }),
      await api.request('GET', '/v1/letters', { headers }),
      await api.request('POST', '/v1/actualisations', {
        headers: grant,
        body: { reference: 'ACT-202611-AAAAAA', period: '2026-11', answers: noActivityAnswers() },
      }),
    ];
    for (const reply of refused) {
      expect(reply.status).toBe(403);
      expect(reply.json).toMatchObject({
        code: 'account_pending',
        message: expect.stringMatching(/provisional codes/),
      });
    }
  });
});

describe('central API: a draft older than 15 days', () => {
  it('cannot be resumed (410)', async () => {
    let clock = new Date('2026-03-01T10:00:00Z');
    const api = await startTestApi({ now: () => clock });
    try {
      const { auth } = await api.enrol();
      const created = await api.request('POST', '/v1/registrations', {
        headers: auth,
        body: { ...codes, identifiant: 'oldDraft42' },
      });
      expect(created.status).toBe(201);
      clock = new Date('2026-03-16T10:00:01Z');
      const { auth: auth2 } = await api.enrol('borne-2');
      const reply = await api.request('POST', '/v1/registrations/resume', {
        headers: auth2,
        body: { identifiant: 'oldDraft42', motDePasse: codes.motDePasse },
      });
      expect(reply.status).toBe(410);
      expect(reply.json?.code).toBe('registration_expired');
    } finally {
      await api.dispose();
    }
  });
});
