import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi } from '../../../central-api/src/index';
import { balancerAccessLog, testBalanced } from './balanced';
import {
  fastHashing,
  openTestDatabase,
  startTestApi,
  testDatabaseLocation,
  type TestApi,
} from './helpers';

const bogus = { terminalId: 'no-such-terminal', terminalSecret: 'not-a-secret-of-any-terminal' };

/** A POST from a chosen loopback address (Linux answers on all of 127.0.0.0/8): another client. */
function postFrom(
  localAddress: string,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = httpRequest(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(data);
  });
}

// Directly, the API sees each client's socket; through the balancer (KIOSK_TEST_BALANCED=1) it
// sees nginx's, and must take the client's address from X-Forwarded-For (--trust-proxy).
describe('central API: each client counted at its own address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  it('throttles the address that keeps failing, not the others', async () => {
    const url = `${api.url}/v1/terminals/token`;
    const statuses: number[] = [];
    // 10 refusals per address per window; two instances each keeping their own window allow 20.
    while (statuses.length < 25 && !statuses.includes(429))
      statuses.push(await postFrom('127.0.0.2', url, bogus));
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(await postFrom('127.0.0.3', url, bogus)).toBe(401);
    const sources = api.query<{ source: string }>(
      'SELECT DISTINCT source FROM enrolment_refusals ORDER BY source',
    );
    expect(sources.map((row) => row.source)).toEqual(['127.0.0.2', '127.0.0.3']);
  });

  it.runIf(testBalanced)('spreads requests over both instances', async () => {
    for (let i = 0; i < 4; i += 1)
      expect((await api.request('GET', '/v1/health')).status).toBe(200);
    const upstreams = new Set(
      balancerAccessLog(api.dir)
        .split('\n')
        .filter((line) => line.includes('/v1/health'))
        .map((line) => line.split(' ')[0]),
    );
    expect(upstreams.size).toBe(2);
  });
});

// The API alone, whatever the project: what --trust-proxy changes in what it believes.
describe('central API: --trust-proxy', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function refusalSource(trustProxy: string | undefined): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'central-api-'));
    dirs.push(dir);
    const dbPath = testDatabaseLocation(dir);
    const api = await startCentralApi({
      dbPath,
      filesDir: dir,
      passwordHashing: fastHashing,
      ...(trustProxy ? { trustProxy } : {}),
    });
    try {
      const status = await postFrom('127.0.0.2', `${api.url}/v1/terminals/token`, bogus, {
        'x-forwarded-for': '203.0.113.7',
      });
      expect(status).toBe(401);
    } finally {
      await api.close();
    }
    const db = openTestDatabase(dbPath, dir);
    try {
      return (
        db.prepare('SELECT source FROM enrolment_refusals').all() as { source: string }[]
      ).map((row) => row.source);
    } finally {
      db.close();
    }
  }

  it("ignores a client's own X-Forwarded-For by default, so nobody picks their address", async () => {
    expect(await refusalSource(undefined)).toEqual(['127.0.0.2']);
  });

  it('believes X-Forwarded-For from a listed balancer only', async () => {
    expect(await refusalSource('127.0.0.2')).toEqual(['203.0.113.7']);
    expect(await refusalSource('10.0.0.0/8, 127.0.0.9')).toEqual(['127.0.0.2']);
  });
});
