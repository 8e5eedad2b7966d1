import { describe, expect, it } from 'vitest';
import { relyingParty } from '../../../main/core/account/webauthnHandlers';
import { startTestApi } from '../central-api/helpers';

describe('WebAuthn relying party', () => {
  it('is the page host: browser mode on localhost, Electron on its https origin', () => {
    expect(relyingParty('http://localhost:5170')).toEqual({
      rpId: 'localhost',
      origin: 'http://localhost:5170',
    });
    expect(relyingParty('https://kiosque.localhost')).toEqual({
      rpId: 'kiosque.localhost',
      origin: 'https://kiosque.localhost',
    });
  });
  it.each([
    'http://127.0.0.1:5170',
    'http://kiosque.example',
    'file:///app',
    'null',
    'https://a/b',
  ])('refuses %j', (origin) => {
    expect(() => relyingParty(origin)).toThrow();
  });
});

describe('central API: WebAuthn refusals', () => {
  it('refuses an answer to a challenge it never gave, and keeps to 4xx', async () => {
    const api = await startTestApi();
    try {
      const { auth } = await api.enrol();
      const options = await api.request('POST', '/v1/webauthn/authentication/options', {
        headers: auth,
        body: { rpId: 'localhost', origin: 'http://localhost:5170' },
      });
      expect(options.status).toBe(200);
      expect(options.json).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
      const forged = Buffer.from(
        JSON.stringify({
          type: 'webauthn.get',
          challenge: 'not-ours',
          origin: 'http://localhost:5170',
        }),
      ).toString('base64url');
      const reply = await api.request('POST', '/v1/webauthn/authentication/verify', {
        headers: auth,
        body: {
          response: {
            id: 'x',
            rawId: 'x',
            type: 'public-key',
            response: { clientDataJSON: forged },
          },
        },
      });
      expect(reply.status).toBe(401);
      expect(reply.json?.code).toBe('webauthn_refused');
      const garbage = await api.request('POST', '/v1/webauthn/authentication/verify', {
        headers: auth,
        body: { response: { nonsense: true } },
      });
      expect(garbage.status).toBe(401);
    } finally {
      await api.dispose();
    }
  });
});
