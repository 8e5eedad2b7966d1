import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateOfferCommand } from '../../../central-api/src/employer/validateCli';
import { signedInDemo, staffSignedIn, startTestApi, type TestApi } from './helpers';

let api: TestApi;
let auth: Record<string, string>;

const certified = { identifiant: 'boulangerport', motDePasse: 'Levain-Port-2026' };
const notCertified = { identifiant: 'ATELIEROUEST', motDePasse: 'Forge-Ouest-2026' };
const temporary = { identifiant: 'PEMDURAND', motDePasse: 'Provisoire-Emploi1' };

const offer = {
  codeOgr: 0,
  commune: '35288',
  contract: 'CDI',
  durationMonths: null,
  workingTime: 'plein',
  hoursPerWeek: 35,
  salaryMin: 1900,
  salaryMax: 2100,
  experienceYears: 1,
  description: 'Vous préparez le pain et les viennoiseries du matin, avec notre équipe de quatre.',
};

async function employerSignIn(codes: { identifiant: string; motDePasse: string }) {
  const reply = await api.request('POST', '/v1/employer-sessions', { headers: auth, body: codes });
  const employerToken = String(reply.json?.employerToken);
  return { reply, employer: { ...auth, 'x-employer-token': employerToken }, employerToken };
}

beforeAll(async () => {
  api = await startTestApi({ demoOffers: 200 });
  ({ auth } = await api.enrol('employeur'));
  const [boulanger] = api.query<{ code_ogr: number }>(
    "SELECT code_ogr FROM offres WHERE rome = 'D1102' AND code_ogr IS NOT NULL LIMIT 1",
  );
  offer.codeOgr = boulanger?.code_ogr ?? 0;
  // A candidature needs a job seeker and a CV as sent: inserted below through the database.
}, 60_000);
afterAll(() => api.dispose());

describe('employer sign-in', () => {
  it('opens a session with the space, its certification and no code postal', async () => {
    const { reply } = await employerSignIn(certified);
    expect(reply.status, reply.text).toBe(201);
    expect(reply.json?.space).toEqual({
      kind: 'entreprise',
      certification: 'certified',
      name: 'Yann Le Gall',
      establishment: 'BOULANGERIE DU PORT',
      mustChangePassword: false,
    });
  });

  it('refuses wrong codes and a job seeker’s codes alike, and locks after 5 failures', async () => {
    const wrong = await employerSignIn({ ...notCertified, motDePasse: 'Pas-le-bon-1' });
    expect(wrong.reply.status).toBe(401);
    expect(wrong.reply.json?.code).toBe('invalid_credentials');
    const seeker = await employerSignIn({ identifiant: '1234567A', motDePasse: 'Kiosque2026!' });
    expect(seeker.reply.json?.code).toBe('invalid_credentials');
    for (let i = 0; i < 4; i += 1)
      await employerSignIn({ identifiant: 'INCONNU99', motDePasse: 'Rien-du-tout-1' });
    const locked = await employerSignIn({ identifiant: 'INCONNU99', motDePasse: 'Rien-du-tout-1' });
    expect(locked.reply.status).toBe(429);
    expect(locked.reply.json?.code).toBe('account_locked');
  });

  it('asks for a new password first after a temporary one, then opens the space', async () => {
    const { reply, employer } = await employerSignIn(temporary);
    expect(reply.json?.space).toMatchObject({ kind: 'particulier', mustChangePassword: true });
    const blocked = await api.request('GET', '/v1/employer/me', { headers: employer });
    expect(blocked.status).toBe(403);
    expect(blocked.json?.code).toBe('password_change_required');
    const weak = await api.request('POST', '/v1/employer/password', {
      headers: employer,
      body: { nouveauMotDePasse: 'court' },
    });
    expect(weak.json?.code).toBe('password_policy');
    const changed = await api.request('POST', '/v1/employer/password', {
      headers: employer,
      body: { nouveauMotDePasse: 'Emploi-Maison-2026' },
    });
    expect(changed.status, changed.text).toBe(204);
    const me = await api.request('GET', '/v1/employer/me', { headers: employer });
    expect(me.json).toMatchObject({ name: 'Jeanne Durand', certification: 'pending_adviser' });
    const again = await employerSignIn({ ...temporary, motDePasse: 'Emploi-Maison-2026' });
    expect(again.reply.json?.space).toMatchObject({ mustChangePassword: false });
  });

  it('keeps employer and job seeker tokens apart, both ways', async () => {
    const { employerToken } = await employerSignIn(certified);
    const seeker = await signedInDemo(api, 'employeur');
    // An employer token where a job seeker's is expected…
    const asUser = await api.request('GET', '/v1/me', {
      headers: { ...auth, 'x-user-token': employerToken },
    });
    expect(asUser.status).toBe(401);
    expect(asUser.json?.code).toBe('invalid_user_token');
    // …and a job seeker's token on an employer route.
    const asEmployer = await api.request('GET', '/v1/employer/me', {
      headers: { ...seeker.auth, 'x-employer-token': seeker.userToken },
    });
    expect(asEmployer.status).toBe(401);
    expect(asEmployer.json?.code).toBe('invalid_employer_token');
    const noHeader = await api.request('GET', '/v1/employer/offres', { headers: seeker.user });
    expect(noHeader.json?.code).toBe('invalid_employer_token');
  });

  it('signs out: the token is refused afterwards', async () => {
    const { employer } = await employerSignIn(certified);
    const out = await api.request('POST', '/v1/employer-sessions/logout', { headers: employer });
    expect(out.status).toBe(204);
    const me = await api.request('GET', '/v1/employer/me', { headers: employer });
    expect(me.json?.code).toBe('invalid_employer_token');
  });
});

describe('employer offers', () => {
  it('refuses an offer from a non-certified entreprise and from a particulier, with why', async () => {
    const { employer } = await employerSignIn(notCertified);
    const refused = await api.request('POST', '/v1/employer/offres', {
      headers: employer,
      body: offer,
    });
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe('certification_required');
    const particulier = await employerSignIn({ ...temporary, motDePasse: 'Emploi-Maison-2026' });
    const byParticulier = await api.request('POST', '/v1/employer/offres', {
      headers: particulier.employer,
      body: offer,
    });
    expect(byParticulier.json?.code).toBe('employer_kind_forbidden');
  });

  it('refuses an offer whose place, job or salary is wrong, saying which', async () => {
    const { employer } = await employerSignIn(certified);
    const place = await api.request('POST', '/v1/employer/offres', {
      headers: employer,
      body: { ...offer, commune: '99999' },
    });
    expect(place.json?.code).toBe('unknown_place');
    const salary = await api.request('POST', '/v1/employer/offres', {
      headers: employer,
      body: { ...offer, salaryMin: 2500, salaryMax: 2000 },
    });
    expect(salary.json?.code).toBe('salary_order');
  });

  it('publishes pending, unseen by the search until validated, then found and listed', async () => {
    const { employer, reply } = await employerSignIn(certified);
    const grant = String(reply.json?.employerGrant);
    // The outbox delivers with the grant once the visit is over (the session signed out).
    await api.request('POST', '/v1/employer-sessions/logout', { headers: employer });
    const published = await api.request('POST', '/v1/employer/offres', {
      headers: { ...auth, 'x-employer-grant': grant },
      body: offer,
    });
    expect(published.status, published.text).toBe(201);
    const numero = String(published.json?.numero);
    expect(published.json).toMatchObject({ status: 'pending' });
    const hidden = await api.request('GET', `/v1/offres/${numero}`, { headers: auth });
    expect(hidden.status).toBe(404);

    // A grant publishes, nothing else.
    const list = await api.request('GET', '/v1/employer/offres', {
      headers: { ...auth, 'x-employer-grant': grant },
    });
    expect(list.status).toBe(401);

    const cli = validateOfferCommand(api.dbPath, numero);
    expect(cli).toEqual({ ok: true, line: `offer ${numero}: published` });
    expect(validateOfferCommand(api.dbPath, numero).line).toContain('offer_not_pending');
    const found = await api.request('GET', `/v1/offres/${numero}`, { headers: auth });
    expect(found.status).toBe(200);
    expect(found.json).toMatchObject({ employer: 'BOULANGERIE DU PORT', applyMode: 'online' });
    const search = await api.request('POST', '/v1/offres/search', {
      headers: auth,
      body: {
        appellation: offer.codeOgr,
        lieu: { kind: 'commune', code: '35288' },
        parPage: 50,
        tri: 'date',
      },
    });
    expect((search.json?.offres as { numero: string }[]).some((o) => o.numero === numero)).toBe(
      true,
    );

    const again = await employerSignIn(certified);
    const mine = await api.request('GET', '/v1/employer/offres', { headers: again.employer });
    expect(mine.json?.offres).toContainEqual(
      expect.objectContaining({ numero, status: 'published', candidatures: 0 }),
    );
  });

  it('shows candidatures and the CV as sent to the offer’s own employer only', async () => {
    const { employer } = await employerSignIn(certified);
    const published = await api.request('POST', '/v1/employer/offres', {
      headers: employer,
      body: offer,
    });
    const numero = String(published.json?.numero);
    validateOfferCommand(api.dbPath, numero);
    const db = api.openDb();
    try {
      const offreId = db.prepare('SELECT id FROM offres WHERE numero = ?').pluck().get(numero);
      const userId = db
        .prepare("SELECT id FROM users WHERE identifiant = '1234567A'")
        .pluck()
        .get();
      db.prepare(
        `INSERT INTO candidatures (id, reference, offre_id, user_id, cv_snapshot, message, sent_at)
         VALUES ('cand-1', 'CAN-TEST-1', ?, ?, ?, ?, ?)`,
      ).run(
        offreId,
        userId,
        JSON.stringify({ title: 'Boulangère' }),
        'Disponible tout de suite.',
        new Date().toISOString(),
      );
    } finally {
      db.close();
    }
    const list = await api.request('GET', `/v1/employer/offres/${numero}/candidatures`, {
      headers: employer,
    });
    expect(list.status, list.text).toBe(200);
    expect(list.json?.candidatures).toEqual([
      expect.objectContaining({
        id: 'cand-1',
        name: 'Camille Martin',
        message: 'Disponible tout de suite.',
      }),
    ]);
    const cv = await api.request('GET', `/v1/employer/offres/${numero}/candidatures/cand-1/cv`, {
      headers: employer,
    });
    expect(cv.json).toMatchObject({
      prenom: 'Camille',
      nom: 'Martin',
      cv: { title: 'Boulangère' },
    });

    // Another employer (or a seeded offer's number) is told the offer does not exist.
    const other = await employerSignIn({ ...temporary, motDePasse: 'Emploi-Maison-2026' });
    for (const path of [
      `/v1/employer/offres/${numero}/candidatures`,
      `/v1/employer/offres/${numero}/candidatures/cand-1/cv`,
    ]) {
      const refused = await api.request('GET', path, { headers: other.employer });
      expect(refused.status).toBe(404);
      expect(refused.json?.code).toBe('offer_not_found');
    }
  });
});

describe('an adviser validates an offer', () => {
  it('publishes it from the console: conseillers only, audited, once', async () => {
    const { employer } = await employerSignIn(certified);
    const published = await api.request('POST', '/v1/employer/offres', {
      headers: employer,
      body: offer,
    });
    const numero = String(published.json?.numero);
    const path = `/v1/staff/offres/${numero}/validate`;
    const it = await staffSignedIn(api, {
      identifiant: 'it.national',
      motDePasse: 'Parc-Bornes-2026',
    });
    const byIt = await api.request('POST', path, { headers: it.headers });
    expect(byIt.json?.code).toBe('staff_role_forbidden');
    const adviser = await staffSignedIn(api, {
      identifiant: 'conseiller.paris',
      motDePasse: 'Conseil-Paris-2026',
    });
    const noHeader = await api.request('POST', path, { headers: { cookie: adviser.cookie } });
    expect(noHeader.json?.code).toBe('staff_console_header_required');
    const validated = await api.request('POST', path, { headers: adviser.headers });
    expect(validated.status, validated.text).toBe(200);
    expect(validated.json).toEqual({ numero, status: 'published' });
    const again = await api.request('POST', path, { headers: adviser.headers });
    expect(again.status).toBe(409);
    expect(again.json?.code).toBe('offer_not_pending');
    const unknown = await api.request('POST', '/v1/staff/offres/000000A/validate', {
      headers: adviser.headers,
    });
    expect(unknown.status).toBe(404);
    expect(
      api.query('SELECT action, target FROM staff_audit WHERE action = ?', 'offer_validate'),
    ).toEqual([{ action: 'offer_validate', target: numero }]);
    expect(api.query('SELECT validated_by FROM offres WHERE numero = ?', numero)).toEqual([
      { validated_by: 'conseiller.paris' },
    ]);
  });
});
