import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskError } from '../../../shared/contract';
import { CentralApiClient } from '../../../main/core/api/centralApiClient';
import { silentLogger } from '../../../main/core/logging';
import type { DeliveryReply } from '../../../main/core/outbox/transport';
import { retryDelayMs, classify, defaultBackoff } from '../../../main/core/outbox/policy';
import {
  TEST_PATH,
  acceptsTestResponse,
  canaryContent,
  eventually,
  startHarness,
  type Harness,
} from '../../fault/support/harness';
import { join } from 'node:path';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.dispose());

describe('outbox store', () => {
  it('keeps only kind, opaque owner, counters and times in clear; payload sealed', async () => {
    await h.proxy.down();
    const { outbox, db } = h.openOutbox();
    const receipt = await outbox.submit(h.visit, {
      kind: 'test-submission',
      path: TEST_PATH,
      body: { reference: 'meta', content: canaryContent('meta') },
    });
    expect(receipt.status).toBe('queued');
    const item = db.prepare('SELECT * FROM outbox_items').get() as Record<string, unknown>;
    expect(Object.keys(item).sort()).toEqual(
      [
        'attempts',
        'created_at',
        'id',
        'idempotency_key',
        'kind',
        'last_status',
        'next_attempt_at',
        'owner_scope',
        'seq',
        'state',
      ].sort(),
    );
    expect(item.kind).toBe('test-submission');
    expect(JSON.stringify(item)).not.toContain('1234567A');
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
  });

  it('on acknowledgement deletes payload and chunks, keeps a receipt, truncates the WAL', async () => {
    const uploads: Array<{ uploadId: string; bytes: number }> = [];
    const { outbox, db } = h.openOutbox({
      uploader: {
        async uploadAttachment(uploadId, bytes) {
          uploads.push({ uploadId, bytes: bytes.length });
        },
      },
    });
    const pdf = Buffer.alloc(600_000, 0x25);
    h.submitted.push('ack');
    const receipt = await outbox.submit(h.visit, {
      kind: 'test-submission',
      path: TEST_PATH,
      body: { reference: 'ack', content: canaryContent('ack') },
      attachment: pdf,
    });
    expect(receipt.status).toBe('sent');
    expect(uploads).toEqual([{ uploadId: expect.any(String), bytes: 600_000 }]);
    for (const table of ['outbox_items', 'outbox_payloads', 'outbox_chunks']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    const receipts = db.prepare('SELECT * FROM outbox_receipts').all() as Array<
      Record<string, unknown>
    >;
    expect(receipts).toEqual([
      {
        idempotency_key: expect.any(String),
        kind: 'test-submission',
        server_id: (receipt.response as { id: string }).id,
        sealed_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        acknowledged_at: expect.any(Number),
      },
    ]);
    // The checkpoint follows the acknowledgement within 50 ms (coalesced); idle() runs it now.
    await outbox.idle();
    expect(statSync(join(h.dataDir, 'kiosk.db-wal')).size).toBe(0);
    h.assertInvariant();
  });

  it('after acknowledgement the sealed payload and wrapped key are gone from kiosk.db and its WAL', async () => {
    await h.proxy.down();
    const { outbox, db } = h.openOutbox();
    h.submitted.push('erased');
    await outbox.submit(h.visit, {
      kind: 'test-submission',
      path: TEST_PATH,
      body: { reference: 'erased', content: canaryContent('erased') },
    });
    const row = db.prepare('SELECT wrapped_key, sealed FROM outbox_payloads').get() as {
      wrapped_key: Buffer;
      sealed: Buffer;
    };
    outbox.store.checkpoint();
    const files = () =>
      ['kiosk.db', 'kiosk.db-wal']
        .map((f) => join(h.dataDir, f))
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f));
    // Before: the sealed bytes are on disk (so the check below can fail).
    expect(files().some((b) => b.includes(row.wrapped_key))).toBe(true);
    await h.proxy.up();
    outbox.kick();
    await eventually(() => outbox.status().depth === 0);
    await outbox.idle();
    for (const bytes of files()) {
      expect(bytes.includes(row.wrapped_key)).toBe(false);
      expect(bytes.includes(row.sealed.subarray(0, 48))).toBe(false);
    }
    h.assertInvariant();
  });

  it('refuses a kind that is not a fixed word (metadata stays free of user input)', () => {
    const { outbox } = h.openOutbox();
    expect(() =>
      outbox.enqueue('o', { kind: 'Camille Martin', path: TEST_PATH, body: {} }, {}),
    ).toThrow(KioskError);
  });
});

describe('delivery policy', () => {
  it('backs off with full jitter under a cap and never before Retry-After', () => {
    const options = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };
    expect(retryDelayMs(0, options, undefined, () => 0.999)).toBeLessThan(1000);
    expect(retryDelayMs(3, options, undefined, () => 0.999)).toBeGreaterThan(7000);
    expect(retryDelayMs(20, options, undefined, () => 0.999)).toBeLessThanOrEqual(60_000);
    expect(retryDelayMs(0, options, 30, () => 0)).toBe(30_000);
    expect(retryDelayMs(0, options, 999_999, () => 0)).toBe(3_600_000);
    expect(defaultBackoff.capMs).toBe(300_000);
  });

  it.each<[DeliveryReply, 'retry' | 'reject']>([
    [{ ok: false, status: 400 }, 'reject'],
    [{ ok: false, status: 422 }, 'reject'],
    [{ ok: false, status: 404 }, 'reject'],
    [{ ok: false, status: 401, code: 'invalid_user_token' }, 'reject'],
    [{ ok: false, status: 401, code: 'invalid_terminal_token' }, 'retry'],
    [{ ok: false, status: 408 }, 'retry'],
    [{ ok: false, status: 409, code: 'idempotency_request_in_flight' }, 'retry'],
    [{ ok: false, status: 409, code: 'already_declared' }, 'reject'],
    [{ ok: false, status: 429 }, 'retry'],
    [{ ok: false, status: 500 }, 'retry'],
    [{ ok: false, status: 503 }, 'retry'],
    [{ ok: false, status: 201 }, 'retry'],
  ])('%j → %s', (reply, expected) => {
    expect(classify(reply)).toBe(expected);
  });
});

describe('kiosk client: account_locked', () => {
  it('arrives as KioskError account_locked with retryAfterSeconds', async () => {
    const client = new CentralApiClient({
      baseUrl: h.api.url,
      timeoutMs: 2000,
      enrolmentToken: 'demo-enrolment-token',
      terminalLabel: 'borne-locked',
      logger: silentLogger,
    });
    const wrong = { identifiant: '2345678C', motDePasse: 'faux', codePostal: '69003' };
    const errors: KioskError[] = [];
    for (let i = 0; i < 6; i += 1) errors.push(await client.signIn(wrong).catch((e) => e));
    expect(errors.slice(0, 4).map((e) => e.code)).toEqual(Array(4).fill('invalid_credentials'));
    expect(errors[4]).toMatchObject({ code: 'account_locked', retryAfterSeconds: 900 });
    expect(errors[5]?.code).toBe('account_locked');
    expect(errors[5]?.retryAfterSeconds).toBeGreaterThan(890);
    expect(acceptsTestResponse('', { id: 'a', reference: 'b' })).toBe(true);
  });
});
