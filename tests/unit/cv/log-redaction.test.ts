import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../central-api/helpers';
import { sampleCv } from './sample';

/** CV writes, good and bad, with recognisable values: none may reach the central API's log. */
describe('central API: CV routes log no personal data', () => {
  let api: TestApi;
  const chunks: string[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    api = await startTestApi({ logStream: stream, logLevel: 'trace' });
  });
  afterAll(() => api.dispose());

  it('keeps the canaries out of every log line', async () => {
    const { auth } = await api.enrol('borne-cv-canary');
    const signed = await api.signIn(auth, {
      identifiant: '1234567A',
      motDePasse: 'Kiosque2026!',
      codePostal: '75011',
    });
    const user = { ...auth, 'x-user-token': String(signed.json?.userToken) };
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
    const log = chunks.join('');
    expect(log).toContain('/v1/cvs');
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
      expect(log, canary).not.toContain(canary);
    }
  });
});
