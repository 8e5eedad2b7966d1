import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoAccount,
  demoStaff,
  signedInDemo,
  staffSignedIn,
  startTwoInstances,
  testEngine,
  type TestApi,
} from './helpers';

const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
const failuresOf = (api: TestApi, identifiant: string): number | undefined =>
  api.query<{ failures: number }>(
    'SELECT failures FROM sign_in_failures WHERE identifiant_hash = ?',
    createHash('sha256').update(`sign-in\0${identifiant}`).digest('hex'),
  )[0]?.failures;

// Several API instances share one database only on PostgreSQL; SQLite is one process by
// construction (its windows and live feeds stay in memory), so there is nothing to prove there.
describe.skipIf(testEngine === 'sqlite')('central API: two instances over one PostgreSQL', () => {
  let a: TestApi;
  let b: TestApi;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ a, b, dispose } = await startTwoInstances({
      testRoutes: true,
      signInLimits: { maxFailures: 5, lockSeconds: 900, perTerminalPerMinute: 8 },
    }));
  });
  afterAll(() => dispose());

  it('share sessions: signed in on one, used and signed out on the other', async () => {
    const { auth, user } = await signedInDemo(a, 'borne-sessions');
    expect((await b.request('GET', '/v1/me', { headers: user })).status).toBe(200);
    const out = await b.request('POST', '/v1/sessions/logout', { headers: user });
    expect(out.status).toBe(204);
    expect((await a.request('GET', '/v1/me', { headers: user })).status).toBe(401);
    // The terminal's token and a staff session are rows as well.
    expect((await b.signIn(auth, demoAccount)).status).toBe(201);
    const staff = await staffSignedIn(b, demoStaff.it);
    expect((await a.request('GET', '/v1/staff/me', { headers: staff.headers })).status).toBe(200);
  });

  it('write once and answer alike when both get the same Idempotency-Key at once', async () => {
    // A sign-in: its password check runs in a worker, so both instances are past their look-up
    // of the key before either writes, and the database's unique key decides.
    let replayed = 0;
    const db = a.openDb();
    for (let round = 0; round < 20; round += 1) {
      // A terminal every 4 rounds (8 sign-ins): its per-minute allowance is 8.
      const { terminalId, auth } = await a.enrol(`borne-idempotency-${Math.floor(round / 4)}`);
      const sessions = () =>
        db.prepare('SELECT token_hash FROM user_sessions WHERE terminal_id = ?').all(terminalId)
          .length;
      const before = sessions();
      const send = (api: TestApi) =>
        api.request('POST', '/v1/sessions', {
          headers: { ...auth, 'idempotency-key': `same-key-${round}` },
          body: demoAccount,
        });
      const replies = await Promise.all([send(a), send(b)]);
      // One still running elsewhere answers 409 in flight; its retry gets the stored answer.
      for (const [i, reply] of replies.entries()) {
        if (reply.status !== 409) continue;
        expect(reply.json?.code).toBe('idempotency_request_in_flight');
        replies[i] = await send(i === 0 ? a : b);
      }
      expect(replies.map((r) => r.status)).toEqual([201, 201]);
      expect(replies[0].json?.userToken).toEqual(expect.any(String));
      expect(replies[0].json).toEqual(replies[1].json);
      expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
        1,
      );
      expect(sessions()).toBe(before + 1);
      replayed += 1;
    }
    db.close();
    expect(replayed).toBe(20);
  });

  it("count a terminal's sign-in attempts on both together", async () => {
    const { auth } = await a.enrol('borne-window');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const api = i % 2 === 0 ? a : b;
      const reply = await api.signIn(auth, {
        identifiant: `${2000000 + i}W`,
        motDePasse: 'x',
        codePostal: '75011',
      });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
  });

  it('lock an identifiant whose failures were split across both, on both', async () => {
    const { auth } = await a.enrol('borne-lock-split');
    const wrong = { ...karim, motDePasse: 'Pas-Le-Bon-1' };
    for (const api of [a, b, a, b]) expect((await api.signIn(auth, wrong)).status).toBe(401);
    const fifth = await a.signIn(auth, wrong);
    expect(fifth.json?.code).toBe('account_locked');
    for (const api of [a, b]) {
      const right = await api.signIn(auth, karim);
      expect(right.status).toBe(429);
      expect(right.json?.code).toBe('account_locked');
    }
  });

  it('count every one of concurrent wrong passwords sent to both', async () => {
    const { auth } = await a.enrol('borne-lock-burst');
    const identifiant = '1234567A';
    const wrong = { ...demoAccount, motDePasse: 'Pas-Le-Bon-2' };
    const replies = await Promise.all([a, b, a, b].map((api) => api.signIn(auth, wrong)));
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(failuresOf(a, identifiant)).toBe(4);
    expect((await b.signIn(auth, wrong)).json?.code).toBe('account_locked');
  });

  it("carry a help request to a console's live list on the other, once, within 2 s", async () => {
    const staff = await staffSignedIn(b, demoStaff.it);
    const controller = new AbortController();
    // A console on each instance: what each stream has received so far, as text.
    const streams = await Promise.all(
      [a, b].map(async (api) => {
        const response = await fetch(`${api.url}/v1/staff/assist-requests/events`, {
          headers: { cookie: staff.cookie },
          signal: controller.signal,
        });
        const received = { text: '' };
        void (async () => {
          for await (const chunk of response.body as AsyncIterable<Uint8Array>)
            received.text += Buffer.from(chunk).toString('utf8');
        })().catch(() => {});
        return received;
      }),
    );
    const { auth } = await a.enrol('borne-assist');
    const started = Date.now();
    const created = await a.request('POST', '/v1/assist-requests', {
      headers: auth,
      body: { screen: 'dashboard', requestedAt: new Date().toISOString() },
    });
    expect(created.status).toBe(201);
    const id = `"requestId":"${String(created.json?.requestId)}"`;
    while (!streams[1]!.text.includes(id) && Date.now() - started < 2000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(streams[1]!.text).toContain('"terminalLabel":"borne-assist"');
    // Neither the publisher nor the other gets it twice (the publisher ignores its own echo).
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    expect(streams.map((stream) => stream.text.split(id).length - 1)).toEqual([1, 1]);
  });

  it("wake a terminal's command poll waiting on one when IT queues a command on the other", async () => {
    const { terminalId, auth } = await a.enrol('borne-commands');
    const staff = await staffSignedIn(b, demoStaff.it);
    const waiting = a.request('GET', '/v1/terminals/commands?waitSeconds=20', { headers: auth });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const queued = await b.request('POST', `/v1/staff/fleet/terminals/${terminalId}/commands`, {
      headers: staff.headers,
      body: { kind: 'out_of_service' },
    });
    expect(queued.status).toBe(202);
    const delivered = await waiting;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(delivered.json?.commands).toEqual([{ id: expect.any(String), kind: 'out_of_service' }]);
  });
});
