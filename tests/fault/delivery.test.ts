import { testEngine } from '../unit/central-api/helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChaosAction } from './support/chaosProxy';
import {
  TEST_PATH,
  canaryContent,
  eventually,
  startHarness,
  type Harness,
} from './support/harness';
import type { DurableOutbox } from '../../main/core/outbox/durableOutbox';

/**
 * The outbox against the REAL reference central API through a chaos proxy. After every scenario:
 * each accepted submission exists exactly once on the server, the outbox is empty, and no file in
 * the kiosk's data folder holds a canary in plain text.
 */
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.dispose());

const firstN =
  (n: number, action: ChaosAction) =>
  (i: number): ChaosAction =>
    i < n ? action : { do: 'pass' };

async function submit(outbox: DurableOutbox, count: number, tag: string) {
  const receipts = [];
  for (let i = 0; i < count; i += 1) {
    const reference = `${tag}-${i}`;
    h.submitted.push(reference);
    receipts.push(
      await outbox.submit(h.visit, {
        kind: 'test-submission',
        path: TEST_PATH,
        body: { reference, content: canaryContent(reference) },
      }),
    );
  }
  return receipts;
}

async function drained(outbox: DurableOutbox) {
  await eventually(() => outbox.status().depth === 0);
  await outbox.idle();
  expect(outbox.status()).toEqual({ depth: 0, oldestAgeSeconds: null, needingAttention: 0 });
  h.assertInvariant();
}

describe('outbox fault injection against the real central API', () => {
  it('sends at once when the API is up: the receipt says sent', async () => {
    const { outbox } = h.openOutbox();
    const receipts = await submit(outbox, 3, 'up');
    expect(receipts.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(receipts[0]?.response).toMatchObject({ reference: 'up-0' });
    await drained(outbox);
  });

  it('queues while the API is down, delivers when it is back, after the user signed out', async () => {
    await h.proxy.down();
    const { outbox } = h.openOutbox();
    const receipts = await submit(outbox, 3, 'down');
    expect(receipts.map((r) => r.status)).toEqual(['queued', 'queued', 'queued']);
    expect(outbox.status().depth).toBe(3);
    // The user leaves: the user token is revoked; the submission grant still stands.
    await h.api.request('POST', '/v1/sessions/logout', {
      headers: { ...(await h.api.enrol('borne-fault')).auth, 'x-user-token': h.visit.userToken },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.query('SELECT id FROM test_submissions')).toHaveLength(0);
    await h.proxy.up();
    await drained(outbox);
  });

  it.each<[string, ChaosAction]>([
    ['500', { do: 'reply', status: 500, body: '{"code":"internal_error","message":"x"}' }],
    ['503', { do: 'reply', status: 503, body: '{"code":"unavailable","message":"x"}' }],
    ['408', { do: 'reply', status: 408, body: '{"code":"request_timeout","message":"x"}' }],
    ['a 200 failing the schema, not forwarded', { do: 'reply', status: 200, body: '{"ok":1}' }],
    ['invalid JSON', { do: 'reply', status: 201, body: '{"id": "abc", "refer' }],
    ['a dropped connection', { do: 'drop' }],
    ['a timeout', { do: 'hang' }],
    ['commit then lost response', { do: 'commit-then-drop' }],
    ['commit then truncated JSON', { do: 'truncate' }],
    ['commit then invalid JSON', { do: 'commit-then-reply', status: 201, body: '{"id":' }],
    ['commit then a 200 failing the schema', { do: 'commit-then-reply', status: 200, body: '[]' }],
    ['commit then 502', { do: 'commit-then-reply', status: 502, body: 'Bad gateway' }],
  ])('retries with the same key after %s and applies once', async (_name, action) => {
    h.proxy.plan = firstN(3, action);
    const { outbox } = h.openOutbox();
    await submit(outbox, 2, 'chaos');
    await drained(outbox);
    expect(h.proxy.seen).toBeGreaterThanOrEqual(5);
  });

  it('honours 429 Retry-After before trying again', async () => {
    const times: number[] = [];
    h.proxy.plan = (i) => {
      times.push(Date.now());
      return i === 0
        ? {
            do: 'reply',
            status: 429,
            body: '{"code":"rate_limited","message":"x","retryAfterSeconds":1}',
            headers: { 'retry-after': '1' },
          }
        : { do: 'pass' };
    };
    const { outbox } = h.openOutbox();
    const [receipt] = await submit(outbox, 1, 'slow');
    expect(receipt?.status).toBe('queued');
    await drained(outbox);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('survives a restart with items queued (new database handle, same files)', async () => {
    await h.proxy.down();
    const first = h.openOutbox();
    await submit(first.outbox, 3, 'restart');
    await first.outbox.close();
    first.db.close();
    await h.proxy.up();
    const second = h.openOutbox();
    await drained(second.outbox);
  });

  it('keeps order per owner while owners stay independent', async () => {
    h.proxy.plan = () => ({ do: 'pass' });
    await h.proxy.down();
    const { outbox } = h.openOutbox();
    const creds = { 'X-Submission-Grant': h.visit.submissionGrant };
    for (const owner of ['a', 'b']) {
      for (let i = 0; i < 5; i += 1) {
        const reference = `order-${owner}-${i}`;
        h.submitted.push(reference);
        outbox.enqueue(
          `owner-${owner}`,
          {
            kind: 'test-submission',
            path: TEST_PATH,
            body: { reference, content: canaryContent(reference) },
          },
          creds,
        );
      }
    }
    await h.proxy.up();
    outbox.kick();
    await drained(outbox);
    const rows = h.api.query<{ reference: string }>(
      // Insertion order: SQLite's rowid; PostgreSQL's row position in this never-updated table.
      `SELECT reference FROM test_submissions ORDER BY ${testEngine === 'sqlite' ? 'rowid' : 'ctid'}`,
    );
    for (const owner of ['a', 'b']) {
      const mine = rows.map((r) => r.reference).filter((r) => r.startsWith(`order-${owner}-`));
      expect(mine).toEqual([0, 1, 2, 3, 4].map((i) => `order-${owner}-${i}`));
    }
  });

  it('a refusal while the user is there reaches the caller and keeps nothing', async () => {
    const { outbox } = h.openOutbox();
    await expect(
      outbox.submit(h.visit, {
        kind: 'test-submission',
        path: TEST_PATH,
        body: { reference: 'too-long', content: 'x'.repeat(5000) },
      }),
    ).rejects.toMatchObject({ code: 'api_error' });
    expect(outbox.status()).toEqual({ depth: 0, oldestAgeSeconds: null, needingAttention: 0 });
  });

  it('a refusal after the user left goes to needs attention, still encrypted', async () => {
    await h.proxy.down();
    const { outbox } = h.openOutbox();
    outbox.enqueue(
      'gone-user',
      {
        kind: 'test-submission',
        path: TEST_PATH,
        body: { reference: 'refused', content: `${canaryContent('refused')}${'x'.repeat(5000)}` },
      },
      { 'X-Submission-Grant': h.visit.submissionGrant },
    );
    await submit(outbox, 1, 'after-refused');
    await h.proxy.up();
    outbox.kick();
    await eventually(() => outbox.status().needingAttention === 1 && outbox.status().depth === 0);
    await outbox.idle();
    // The later item of another owner went through; the refused one stays, sealed.
    h.assertInvariant();
  });
});

describe('central API: the same key twice in parallel', () => {
  it('applies once: one 201, the other a 409 in flight or a replay', async () => {
    const { auth } = await h.api.enrol('borne-fault');
    const headers = {
      ...auth,
      'x-submission-grant': h.visit.submissionGrant,
      'idempotency-key': 'parallel-key-1',
    };
    const body = { reference: 'parallel', content: canaryContent('parallel') };
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => h.api.request('POST', TEST_PATH, { headers, body })),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(h.api.query('SELECT id FROM test_submissions')).toHaveLength(1);
    const other = await h.api.request('POST', TEST_PATH, {
      headers,
      body: { ...body, content: 'another body' },
    });
    expect(other.status).toBe(422);
    expect(other.json?.code).toBe('idempotency_key_reused');
  });

  it('refuses a grant on another terminal and on a non-submission route', async () => {
    const { auth } = await h.api.enrol('another-terminal');
    const headers = { ...auth, 'x-submission-grant': h.visit.submissionGrant };
    const reply = await h.api.request('POST', TEST_PATH, {
      headers,
      body: { reference: 'stolen', content: 'x' },
    });
    expect(reply.status).toBe(401);
    const own = (await h.api.enrol('borne-fault')).auth;
    const me = await h.api.request('GET', '/v1/me', {
      headers: { ...own, 'x-user-token': h.visit.submissionGrant },
    });
    expect(me.status).toBe(401);
  });
});
