import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../../central-api/src/passwords';
import { toKioskError } from '../../../main/core/api/errors';
import { demoAccount, startTestApi, type TestApi } from './helpers';

// Costly enough that a burst of sign-ins queues (tens of ms a hash), cheap enough for a unit test.
const queuingHashing = { memoryCost: 16384, timeCost: 4, parallelism: 1 };

describe('argon2id worker pool', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      passwordHashing: queuingHashing,
      passwordPool: { threads: 1, maxQueue: 2 },
    });
  });
  afterAll(() => api.dispose());

  it('refuses sign-ins past the bounded queue with 503 busy and Retry-After, and keeps answering health', async () => {
    const { auth } = await api.enrol('pool-burst');
    let settled = false;
    const burst = Promise.all(
      Array.from({ length: 12 }, () => api.signIn(auth, demoAccount)),
    ).finally(() => {
      settled = true;
    });
    // Health keeps being answered while the admitted sign-ins are still hashing.
    let answeredDuringBurst = 0;
    while (!settled) {
      expect((await api.request('GET', '/v1/health')).status).toBe(200);
      if (!settled) answeredDuringBurst += 1;
    }
    const replies = await burst;
    const busy = replies.filter((reply) => reply.status === 503);
    expect(replies.filter((reply) => reply.status === 201).length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThan(0);
    for (const reply of busy) {
      expect(reply.json).toMatchObject({ code: 'busy' });
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // Latencies are the bench's (bench/signInArrivals.ts): this machine's load makes them noisy here.
    expect(answeredDuringBurst).toBeGreaterThanOrEqual(1);
    // Refused before any password was checked: no failure counted, the account still signs in.
    expect((await api.signIn(auth, demoAccount)).status).toBe(201);
  });

  it('reaches the kiosk as the API being unreachable for now, like any other overload', async () => {
    const { auth } = await api.enrol('pool-kiosk');
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        axios.post(`${api.url}/v1/sessions`, demoAccount, { headers: auth }).then(
          () => undefined,
          (error: unknown) => toKioskError(error, 'signIn'),
        ),
      ),
    );
    const refused = outcomes.filter((outcome) => outcome !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) expect(error.code).toBe('api_unreachable');
  });

  it('hashes and verifies in worker threads, the same argon2id as before', async () => {
    const hasher = createPasswordHasher(queuingHashing, { threads: 1 });
    try {
      const digest = await hasher.hash('Soleil-Juin-8');
      expect(digest).toMatch(/^\$argon2id\$v=19\$m=16384,p=1,t=4\$/);
      expect(await hasher.verify(digest, 'Soleil-Juin-8')).toBe(true);
      expect(await hasher.verify(digest, 'soleil-juin-8')).toBe(false);
      expect(await hasher.verify(undefined, 'Soleil-Juin-8')).toBe(false);
    } finally {
      await hasher.close();
    }
  });
});
