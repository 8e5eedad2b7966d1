import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type RequestOptions, type TestApi } from './helpers';

/** fetch refuses a GET with a body; a real client may still send one. */
function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | Buffer,
): Promise<{ status: number; json: Record<string, unknown> | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> | undefined;
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests a careless or hostile client could send; each must get a 4xx with a reason, never a 5xx. */
const long = 'x'.repeat(10_000);
const bodies: Array<[string, RequestOptions]> = [
  ['no body', {}],
  ['empty JSON body', { contentType: 'application/json' }],
  ['null', { body: 'null' }],
  ['an array', { body: '[]' }],
  ['a string', { body: '"hello"' }],
  ['a number', { body: '42' }],
  ['truncated JSON', { body: '{"identifiant": "1234567A"' }],
  ['trailing garbage', { body: '{} {}' }],
  ['an unknown field', { body: { unexpected: true } }],
  ['__proto__', { body: '{"__proto__": {"admin": true}}' }],
  ['constructor.prototype', { body: '{"constructor": {"prototype": {"admin": true}}}' }],
  ['invalid UTF-8', { body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }],
  ['deep nesting', { body: '['.repeat(50_000) + ']'.repeat(50_000) }],
  ['a body over the limit', { body: { padding: 'x'.repeat(100_000) } }],
  ['text/plain', { body: 'hello', contentType: 'text/plain' }],
  ['a form', { body: 'a=b', contentType: 'application/x-www-form-urlencoded' }],
  ['multipart', { body: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x' }],
  [
    'nulls everywhere',
    {
      body: {
        enrolmentToken: null,
        label: null,
        identifiant: null,
        motDePasse: null,
        codePostal: null,
        screen: null,
        requestedAt: null,
        appVersion: null,
        visitActive: null,
      },
    },
  ],
  [
    'wrong types',
    {
      body: {
        enrolmentToken: 1,
        label: [],
        identifiant: {},
        motDePasse: true,
        codePostal: 75011,
        screen: 1,
        requestedAt: 0,
        appVersion: 1,
        visitActive: 'true',
      },
    },
  ],
  [
    'over-long strings',
    {
      body: {
        enrolmentToken: long,
        label: long,
        identifiant: long,
        motDePasse: long,
        codePostal: long,
        screen: long,
        requestedAt: long,
        appVersion: long,
        visitActive: false,
      },
    },
  ],
  [
    'control characters',
    {
      body: {
        enrolmentToken: 'demo\u0000token',
        label: '\u0000',
        identifiant: '\u0000',
        motDePasse: '\u0000',
        codePostal: '7501\u0000',
        screen: 'a\u0000',
        requestedAt: '2026-03-02T09:15:00Z\u0000',
        appVersion: '\u0000',
        visitActive: false,
      },
    },
  ],
  ['a leap second', { body: { screen: 'login', requestedAt: '2026-06-30T23:59:60Z' } }],
  ['an over-long Idempotency-Key', { body: {}, headers: { 'idempotency-key': 'k'.repeat(256) } }],
  ['a Latin-1 Idempotency-Key', { body: {}, headers: { 'idempotency-key': 'clé-é' } }],
];

const routes: Array<[method: string, path: string, needsBody: boolean]> = [
  ['POST', '/v1/terminals/enrol', true],
  ['POST', '/v1/terminals/heartbeat', true],
  ['POST', '/v1/sessions', true],
  ['POST', '/v1/assist-requests', true],
  ['GET', '/v1/me', false],
  ['GET', '/v1/health', false],
  // Last: a well-formed logout revokes the user token the other routes use.
  ['POST', '/v1/sessions/logout', false],
];

function expectRefusal(
  reply: { status: number; json: Record<string, unknown> | undefined },
  strict: boolean,
) {
  expect(reply.status).toBeLessThan(500);
  if (strict) expect(reply.status).toBeGreaterThanOrEqual(400);
  if (reply.status >= 400) {
    expect(reply.json).toEqual({ code: expect.any(String), message: expect.any(String) });
  }
}

describe('central API: malformed requests never cause a 500', () => {
  let api: TestApi;
  let user: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    const { auth } = await api.enrol();
    const signedIn = await api.signIn(auth, {
      identifiant: '1234567A',
      motDePasse: 'Kiosque2026!',
      codePostal: '75011',
    });
    user = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
  });
  afterAll(() => api.dispose());

  it.each(routes)('%s %s with every malformed body', async (method, path, needsBody) => {
    for (const [label, options] of bodies) {
      const headers = { ...user, ...options.headers };
      const { body, contentType } = options;
      const raw = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const reply =
        method === 'GET' && body !== undefined
          ? await rawRequest(
              api.url + path,
              method,
              {
                ...headers,
                'content-type': contentType ?? 'application/json',
              },
              raw,
            )
          : await api.request(method, path, { ...options, headers });
      try {
        expectRefusal(reply, needsBody);
      } catch (error) {
        throw new Error(`${method} ${path} with ${label}: ${reply.status} ${reply.text}`, {
          cause: error,
        });
      }
    }
  });

  it.each(routes)('%s %s with broken credentials', async (method, path) => {
    const variants: Array<Record<string, string>> = [
      { authorization: 'Bearer' },
      { authorization: `Bearer ${'a'.repeat(5000)}` },
      { authorization: 'bearer lowercase-scheme-token-xxxxxxxx' },
      { ...user, 'x-user-token': 'u'.repeat(5000) },
    ];
    for (const headers of variants) {
      const reply = await api.request(method, path, {
        headers,
        body: method === 'POST' ? {} : undefined,
      });
      expectRefusal(reply, path !== '/v1/health');
    }
  });

  it.each(['PUT', 'DELETE', 'PATCH'])(
    'answers 404 not_found to %s and to unknown paths',
    async (method) => {
      for (const path of [
        '/v1/sessions',
        '/v1/me',
        '/v1/unknown',
        '/v2/health',
        '/v1/health%00',
        '/',
      ]) {
        const reply = await api.request(method, path, { headers: user, body: {} });
        expect(reply.status).toBe(404);
        expect(reply.json?.code).toBe('not_found');
      }
      const get = await api.request('GET', '/v1/sessions', { headers: user });
      expect(get.status).toBe(404);
    },
  );

  it.each([
    ['garbage instead of HTTP', 'HELLO\r\n\r\n', 400, 'invalid_request'],
    [
      'a bad Content-Length',
      'POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      400,
      'invalid_request',
    ],
    [
      'oversized headers',
      `GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
      431,
      'headers_too_large',
    ],
  ])('answers %s with a JSON error', async (_label, payload, status, code) => {
    const { port } = new URL(api.url);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(payload));
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(text.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({
      code,
      message: expect.any(String),
    });
  });

  it('still serves good requests afterwards (no state was corrupted)', async () => {
    const { auth } = await api.enrol();
    const signedIn = await api.signIn(auth, {
      identifiant: '1234567A',
      motDePasse: 'Kiosque2026!',
      codePostal: '75011',
    });
    const headers = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };
    const reply = await api.request('GET', '/v1/me', { headers });
    expect(reply.status).toBe(200);
  });
});
