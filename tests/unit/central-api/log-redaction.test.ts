import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInDemo, startLoggedTestApi, type TestApi } from './helpers';

/**
 * Signs in and fails sign-ins with recognisable values, then searches every captured log line:
 * none of them may appear. `time` and `pid` are dropped first: digits there could match by chance.
 */
describe('central API: logs hold no personal data', () => {
  let api: TestApi;
  let log: () => string;
  beforeAll(async () => {
    ({ api, log } = await startLoggedTestApi());
  });
  afterAll(() => api.dispose());

  it('logs method, route, status and duration, and none of the canaries', async () => {
    const { auth, userToken, user } = await signedInDemo(api, 'borne-canary-label');
    const failures = [
      { identifiant: '8888888Q', motDePasse: 'Canary-Password-1', codePostal: '13579' },
      { identifiant: '1234567a', motDePasse: 'Canary-Password-2', codePostal: '75011' },
      { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '24680' },
      { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '2468X' },
    ];
    for (const body of failures) {
      await api.request('POST', '/v1/sessions', {
        headers: { ...auth, 'idempotency-key': 'canary-key-42' },
        body,
      });
    }
    await api.request('POST', '/v1/sessions', {
      headers: auth,
      body: '{"identifiant":"7777777W","motDePasse":',
    });
    await api.request('GET', '/v1/me?identifiant=6666666V', { headers: user });
    await api.request('GET', '/v1/unknown/5555555U', { headers: user });
    await api.request('POST', '/v1/sessions/logout', { headers: user });
    await api.request('POST', '/v1/terminals/heartbeat', {
      headers: { authorization: 'Bearer canary-not-a-token-xyz' },
      body: {},
    });
    await new Promise((resolve) => setTimeout(resolve, 50));

    const lines = log()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(10);
    expect(requestLines).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        route: '/v1/sessions',
        status: 401,
        durationMs: expect.any(Number),
      }),
    );
    const text = lines.map(({ time: _t, pid: _p, ...rest }) => JSON.stringify(rest)).join('\n');
    const canaries = [
      '1234567',
      '8888888',
      '7777777',
      '6666666',
      '5555555',
      'Kiosque2026',
      'Canary-Password',
      '75011',
      '13579',
      '24680',
      '2468X',
      'Camille',
      'Martin',
      'demo-enrolment-token',
      'borne-canary-label',
      'canary-key-42',
      'canary-not-a-token',
      userToken,
      auth.authorization!.slice('Bearer '.length),
    ];
    for (const canary of canaries) expect(text, `log mentions ${canary}`).not.toContain(canary);
  });
});
