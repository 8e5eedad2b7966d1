import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFromEnv } from '../../../central-api/src/index';
import { startTestApi, type TestApi } from './helpers';
import { noActivityAnswers } from '../../fixtures/actualisation';

const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

const noActivity = noActivityAnswers();

/** A server whose clock reads `iso` now and runs on. */
async function apiAt(iso: string): Promise<TestApi> {
  const { now } = clockFromEnv({ KIOSK_API_NOW: iso });
  return startTestApi({ now });
}

async function userHeaders(api: TestApi, account = camille) {
  const { auth } = await api.enrol('borne-actualisation');
  const session = await api.signIn(auth, account);
  return { ...auth, 'x-user-token': String(session.json?.userToken) };
}

describe('central API: actualisations inside the window (5 November 2026)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await apiAt('2026-11-05T10:00:00Z');
  });
  afterAll(() => api.dispose());

  it('names October as the period, open until the end of 15 November, Paris time', async () => {
    const headers = await userHeaders(api);
    const reply = await api.request('GET', '/v1/actualisations/current', { headers });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      period: '2026-10',
      open: true,
      opensAt: '2026-10-27T23:00:00.000Z',
      closesAt: '2026-11-15T23:00:00.000Z',
    });
  });

  it('records a declaration once; a second one for the period is refused with 409', async () => {
    const headers = await userHeaders(api);
    const body = { reference: 'ACT-202610-7K4Q2M', period: '2026-10', answers: noActivity };
    const first = await api.request('POST', '/v1/actualisations', { headers, body });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ reference: 'ACT-202610-7K4Q2M', period: '2026-10' });
    // The outbox redelivering the same declaration (same reference) gets the stored answer.
    const again = await api.request('POST', '/v1/actualisations', { headers, body });
    expect(again.status).toBe(201);
    const other = await api.request('POST', '/v1/actualisations', {
      headers,
      body: { ...body, reference: 'ACT-202610-ZZZZZZ' },
    });
    expect(other.status).toBe(409);
    expect(other.json?.code).toBe('already_declared');
    const current = await api.request('GET', '/v1/actualisations/current', { headers });
    expect(current.json?.declaration).toMatchObject({
      reference: 'ACT-202610-7K4Q2M',
      answers: noActivity,
    });
    expect(
      api.query('SELECT count(*) AS n FROM actualisations WHERE period = ?', '2026-10'),
    ).toEqual(
      [{ n: 2 }], // Camille's, and Karim's seeded one
    );
  });

  it('shows the seeded demo declaration of Karim Benali', async () => {
    const headers = await userHeaders(api, karim);
    const reply = await api.request('GET', '/v1/actualisations/current', { headers });
    expect(reply.json?.declaration).toMatchObject({ reference: 'ACT-202610-KB7654' });
  });

  it.each([
    [{ period: '2026-09', reference: 'ACT-202609-AAAAAA' }, 409, 'window_closed'],
    [{ period: '2026-13' }, 400, 'invalid_request'],
    [{ reference: 'ACT-202609-7K4Q2M' }, 400, 'invalid_request'],
    [{ reference: 'act-1' }, 400, 'invalid_request'],
    [
      {
        answers: {
          ...noActivity,
          travail: true,
          employeurs: [{ nom: 'A', heures: 7.5, brutCentimes: 100 }],
        },
      },
      400,
      'invalid_request',
    ],
    [
      {
        answers: {
          ...noActivity,
          arretMaladie: true,
          arretMaladieDates: { debut: '2026-10-20', fin: '2026-10-10' },
        },
      },
      400,
      'invalid_request',
    ],
    [{ answers: { ...noActivity, nir: '185077512345678' } }, 400, 'invalid_request'],
  ])('refuses %j with %i %s, never a 500', async (change, status, code) => {
    const headers = await userHeaders(api, { ...camille });
    const body = {
      reference: 'ACT-202610-AAAAAA',
      period: '2026-10',
      answers: noActivity,
      ...change,
    };
    const reply = await api.request('POST', '/v1/actualisations', { headers, body });
    expect(reply.status).toBe(status);
    expect(reply.json?.code).toBe(code);
    expect(reply.text).not.toContain('185077512345678');
  });

  it('needs a signed-in user', async () => {
    const { auth } = await api.enrol('borne-actualisation');
    const reply = await api.request('GET', '/v1/actualisations/current', { headers: auth });
    expect(reply.status).toBe(401);
  });
});

describe('central API: actualisations outside the window (20 November 2026)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await apiAt('2026-11-20T10:00:00Z');
  });
  afterAll(() => api.dispose());

  it('says when the next window (November) opens, and refuses November before it', async () => {
    const headers = await userHeaders(api);
    const reply = await api.request('GET', '/v1/actualisations/current', { headers });
    expect(reply.json).toEqual({
      period: '2026-11',
      open: false,
      opensAt: '2026-11-27T23:00:00.000Z',
      closesAt: '2026-12-15T23:00:00.000Z',
    });
    const post = await api.request('POST', '/v1/actualisations', {
      headers,
      body: { reference: 'ACT-202611-AAAAAA', period: '2026-11', answers: noActivity },
    });
    expect(post.status).toBe(409);
    expect(post.json?.code).toBe('window_closed');
  });

  it('still accepts an October declaration delivered late by an outbox (72 h grace)', async () => {
    const late = await apiAt('2026-11-17T10:00:00Z');
    try {
      const headers = await userHeaders(late);
      const post = await late.request('POST', '/v1/actualisations', {
        headers,
        body: { reference: 'ACT-202610-BBBBBB', period: '2026-10', answers: noActivity },
      });
      expect(post.status).toBe(201);
    } finally {
      await late.dispose();
    }
  });
});
