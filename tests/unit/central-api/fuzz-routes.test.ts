import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCentralApi, openDatabase, seedDemoData } from '../../../central-api/src/index';
import { createPasswordHasher } from '../../../central-api/src/passwords';
import { tmpdir } from 'node:os';
import { fastHashing, openTestDatabase, testDatabaseLocation, testEngine } from './helpers';

/**
 * Every route of the OpenAPI document (plus the test-only one) gets random and malformed bodies,
 * headers, query strings and path segments: the answer is never a 5xx, and every 4xx is
 * { code, message }. Valid credentials are among the choices so requests get past authentication.
 */
let app: FastifyInstance;
let routes: Array<{ method: string; path: string }>;
let terminalAuth = '';
let userToken = '';
let grant = '';

beforeAll(async () => {
  const db =
    testEngine === 'sqlite'
      ? openDatabase(':memory:')
      : openTestDatabase(testDatabaseLocation(tmpdir()), tmpdir());
  const hasher = createPasswordHasher(fastHashing);
  await seedDemoData(db, hasher);
  app = await buildCentralApi({
    db,
    hasher,
    testRoutes: true,
    signInLimits: { maxFailures: 5, lockSeconds: 900, perTerminalPerMinute: 1_000_000 },
  });
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
  const enrol = await app.inject({
    method: 'POST',
    url: '/v1/terminals/enrol',
    payload: { enrolmentToken: 'demo-enrolment-token', label: 'fuzz' },
  });
  terminalAuth = `Bearer ${enrol.json().accessToken}`;
  const session = await app.inject({
    method: 'POST',
    url: '/v1/sessions',
    headers: { authorization: terminalAuth },
    payload: { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' },
  });
  ({ userToken, submissionGrant: grant } = session.json());
}, 30_000);
afterAll(() => app.close());

const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.object().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '{"__proto__":{"x":1}}', '\u0000', '{}'),
  fc
    .record(
      {
        identifiant: fc.string({ maxLength: 40 }),
        motDePasse: fc.string({ maxLength: 40 }),
        codePostal: fc.oneof(fc.string({ maxLength: 6 }), fc.stringMatching(/^\d{5}$/)),
        reference: fc.string({ maxLength: 70 }),
        content: fc.string({ maxLength: 50 }),
        screen: fc.string({ maxLength: 50 }),
        requestedAt: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        appVersion: fc.string({ maxLength: 70 }),
        visitActive: fc.oneof(fc.boolean(), fc.string()),
        enrolmentToken: fc.string({ maxLength: 210 }),
        label: fc.string({ maxLength: 70 }),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

const headerValue = fc.stringMatching(/^[\x21-\x7e]{0,300}$/);
const headers = fc.record(
  {
    authorization: fc.oneof(
      headerValue,
      fc.constant('').map(() => terminalAuth),
    ),
    'x-user-token': fc.oneof(
      headerValue,
      fc.constant('').map(() => userToken),
    ),
    'x-submission-grant': fc.oneof(
      headerValue,
      fc.constant('').map(() => grant),
    ),
    'idempotency-key': headerValue,
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ),
  },
  { requiredKeys: [] },
);

describe('central API: every route under random input', () => {
  it('lists the routes from the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(routes).toContainEqual({ method: 'POST', path: '/v1/sessions' });
  });

  it('never answers 5xx, and every refusal is { code, message }', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1000 }),
        fc.option(jsonish, { nil: undefined }),
        headers,
        fc.oneof(
          fc.constant(''),
          fc.webQueryParameters().map((q) => `?${q}`),
          fc.constant('/%00'),
        ),
        fc.constantFrom('', 'GET', 'PUT', 'DELETE', 'PATCH'),
        async (i, body, hdrs, suffix, otherMethod) => {
          const route = routes[i % routes.length]!;
          const method = otherMethod || route.method;
          const reply = await app.inject({
            method: method as 'GET',
            url: route.path + suffix,
            headers: hdrs,
            payload: method === 'GET' ? undefined : body,
          });
          expect(reply.statusCode, `${method} ${route.path}${suffix}`).toBeLessThan(500);
          if (reply.statusCode >= 400) {
            const json = reply.json<Record<string, unknown>>();
            expect(typeof json.code).toBe('string');
            expect(typeof json.message).toBe('string');
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
