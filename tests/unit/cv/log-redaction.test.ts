import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInDemo, startLoggedTestApi, type TestApi } from '../central-api/helpers';
import { sampleCv } from './sample';

/** CV writes, good and bad, with recognisable values: none may reach the central API's log. */
describe('central API: CV routes log no personal data', () => {
  let api: TestApi;
  let log: () => string;
  beforeAll(async () => {
    ({ api, log } = await startLoggedTestApi());
  });
  afterAll(() => api.dispose());

  it('keeps the canaries out of every log line', async () => {
    const { user } = await signedInDemo(api, 'borne-cv-canary');
    const cv = sampleCv();
    cv.accroche = 'Canary-Accroche-Zoé';
    cv.contact = { email: 'canary.zoe@exemple.fr', telephone: '0699887766' };
    cv.experiences[0]!.employer = 'Canary-Employeur-SARL';
    const cvId = randomUUID();
    expect(
      (
        await api.request('POST', '/v1/cvs', {
          headers: user,
          body: { cvId, step: 'informations', content: cv },
        })
      ).status,
    ).toBe(200);
    const bad = { ...cv, contact: { email: 'canary.bad@exemple.fr', telephone: 'x'.repeat(30) } };
    expect(
      (
        await api.request('POST', '/v1/cvs', {
          headers: user,
          body: { cvId, step: 'informations', content: bad },
        })
      ).status,
    ).toBe(400);
    await api.request('POST', `/v1/cvs/${cvId}/email`, {
      headers: user,
      body: { email: 'canary.mail@exemple.fr' },
    });
    await api.request('POST', `/v1/cvs/${cvId}/email`, {
      headers: user,
      body: { email: 'not-an-email-canary' },
    });
    const text = log();
    expect(text).toContain('/v1/cvs');
    for (const canary of [
      'Canary-Accroche',
      'canary.zoe',
      '0699887766',
      'Canary-Employeur',
      'canary.bad',
      'canary.mail',
      'not-an-email-canary',
      'Martin',
      'Camille',
    ]) {
      expect(text, canary).not.toContain(canary);
    }
  });
});
