import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { romeIndexFromValue } from '../../../central-api/src/index';
import { emptyCv, type CvContent } from '../../../shared/domain/cv';
import { startTestApi, type TestApi } from '../central-api/helpers';
import { sampleCv } from './sample';

const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

function forRome(rome: string, label = `Métier ${rome}`): CvContent {
  const cv = sampleCv();
  cv.target.appellation = { codeOgr: 1, label, rome };
  cv.title = label;
  return cv;
}

describe('central API: CVs', () => {
  let api: TestApi;
  let user: Record<string, string>;
  let other: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    const { auth } = await api.enrol('borne-cv');
    const signIn = async (account: typeof camille) =>
      String((await api.signIn(auth, account)).json?.userToken);
    user = { ...auth, 'x-user-token': await signIn(camille) };
    other = { ...auth, 'x-user-token': await signIn(karim) };
  });
  afterAll(() => api.dispose());

  const save = (headers: Record<string, string>, cvId: string, content: CvContent, key?: string) =>
    api.request('POST', '/v1/cvs', {
      headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
      body: { cvId, step: 'informations', content },
    });

  it('saves a draft, updates it under the same id, and gives it back whole', async () => {
    const cvId = randomUUID();
    const first = await save(user, cvId, { ...emptyCv(), title: 'Brouillon' });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ cvId, status: 'draft', percent: 0, rome: null });
    const full = sampleCv();
    expect((await save(user, cvId, full)).json).toMatchObject({ percent: 100, rome: 'G1224' });
    const read = await api.request('GET', `/v1/cvs/${cvId}`, { headers: user });
    expect(read.status).toBe(200);
    expect(read.json?.content).toEqual(full);
    // Another user sees neither the CV nor its id.
    expect((await api.request('GET', `/v1/cvs/${cvId}`, { headers: other })).status).toBe(404);
    expect((await save(other, cvId, emptyCv())).json?.code).toBe('cv_id_taken');
  });

  it('replays a retried save with the same Idempotency-Key', async () => {
    const cvId = randomUUID();
    const key = randomUUID();
    const content = forRome('K1302');
    const a = await save(user, cvId, content, key);
    const b = await save(user, cvId, content, key);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.json).toEqual(a.json);
  });

  it('refuses a second CV for the same code ROME, and a sixth CV', async () => {
    const taken = await save(user, randomUUID(), forRome('G1224'));
    expect(taken.status).toBe(409);
    expect(taken.json?.code).toBe('cv_rome_taken');
    const list = await api.request('GET', '/v1/cvs', { headers: user });
    const count = (list.json?.cvs as unknown[]).length;
    for (const rome of ['A1101', 'B1101', 'C1101', 'D1101', 'E1101'].slice(0, 5 - count)) {
      expect((await save(user, randomUUID(), forRome(rome))).status).toBe(200);
    }
    const sixth = await save(user, randomUUID(), forRome('N4101'));
    expect(sixth.status).toBe(409);
    expect(sixth.json).toEqual({ code: 'cv_limit_reached', message: 'At most 5 CVs per user' });
    const after = await api.request('GET', '/v1/cvs', { headers: user });
    expect(after.json?.max).toBe(5);
    expect(after.json?.cvs).toHaveLength(5);
  });

  it('publishes, suspends and deletes; publishing needs a job', async () => {
    const draft = { cvId: randomUUID() };
    const published = { cvId: randomUUID() };
    expect((await save(other, draft.cvId, emptyCv())).status).toBe(200);
    expect((await save(other, published.cvId, sampleCv())).status).toBe(200);
    const status = (cvId: string, value: string) =>
      api.request('POST', `/v1/cvs/${cvId}/status`, { headers: other, body: { status: value } });
    expect((await status(draft.cvId, 'published')).json?.code).toBe('cv_incomplete');
    expect((await status(published.cvId, 'published')).json?.status).toBe('published');
    const read = await api.request('GET', `/v1/cvs/${published.cvId}`, { headers: other });
    expect(read.json?.content).toMatchObject({ publication: { published: true } });
    expect((await status(published.cvId, 'suspended')).json?.status).toBe('suspended');
    expect((await status(published.cvId, 'archived')).status).toBe(400);

    // Only to an address on file (Karim's account's): never to one a caller makes up.
    const emailTo = (address: string) =>
      api.request('POST', `/v1/cvs/${draft.cvId}/email`, {
        headers: other,
        body: { email: address },
      });
    expect((await emailTo('camille.martin@exemple.fr')).json?.code).toBe('email_not_on_file');
    expect((await emailTo('Karim.Benali@example.fr')).status).toBe(202);
    expect(api.query('SELECT email FROM cv_email_requests WHERE cv_id = ?', draft.cvId)).toEqual([
      { email: 'Karim.Benali@example.fr' },
    ]);
    const deleted = await api.request('POST', `/v1/cvs/${draft.cvId}/delete`, { headers: other });
    expect(deleted.json).toEqual({ cvId: draft.cvId, deleted: true });
    expect(api.query('SELECT id FROM cvs WHERE id = ?', draft.cvId)).toEqual([]);
    expect(
      (await api.request('POST', `/v1/cvs/${draft.cvId}/delete`, { headers: other })).status,
    ).toBe(404);
  });

  it.each([
    ['an unknown field', { ...emptyCv(), salary: 3000 }],
    [
      'a bad code ROME',
      {
        ...emptyCv(),
        target: { ...emptyCv().target, appellation: { codeOgr: 1, label: 'x', rome: '12345' } },
      },
    ],
    [
      'a month 13',
      {
        ...emptyCv(),
        experiences: [{ ...sampleCv().experiences[0]!, start: { month: 13, year: 2020 } }],
      },
    ],
  ])('answers 400 with a reason, never 500, for %s', async (_name, content) => {
    const reply = await api.request('POST', '/v1/cvs', {
      headers: user,
      body: { cvId: randomUUID(), step: 'cible', content },
    });
    expect(reply.status).toBe(400);
    expect(reply.json?.code).toBe('invalid_request');
    expect(String(reply.json?.message)).toMatch(/^body\/content/);
  });

  it('answers 401 without a user token and 400 for a malformed id', async () => {
    const { authorization } = user as { authorization: string };
    expect((await api.request('GET', '/v1/cvs', { headers: { authorization } })).status).toBe(401);
    expect((await api.request('GET', '/v1/cvs/not-an-id', { headers: user })).status).toBe(400);
  });
});

describe('central API: ROME index', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      rome: romeIndexFromValue({
        version: '4.60.9',
        attribution: 'Source : France Travail, ROME 4.0 (v4.60), Licence Ouverte 2.0',
        appellations: [['Caissier / Caissière', 'D1505', 11573, 0]],
        romes: { D1505: 'Personnel de caisse' },
        skills: ['Encaisser'],
        romeSkills: { D1505: [0] },
      } as { version: string }),
    });
  });
  afterAll(() => api.dispose());

  it('serves its version and the index to an enrolled terminal only', async () => {
    const { auth } = await api.enrol('borne-rome');
    expect((await api.request('GET', '/v1/rome/version', { headers: auth })).json).toEqual({
      version: '4.60.9',
    });
    const index = await api.request('GET', '/v1/rome/index', { headers: auth });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/application\/json/);
    expect(index.json?.appellations).toEqual([['Caissier / Caissière', 'D1505', 11573, 0]]);
    expect((await api.request('GET', '/v1/rome/version')).status).toBe(401);
  });
});
