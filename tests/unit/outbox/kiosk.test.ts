import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import { createKioskCore } from '../../../main/core/kiosk';
import { silentLogger, type Logger } from '../../../main/core/logging';
import {
  CANARY_NIR,
  TEST_PATH,
  canaryContent,
  eventually,
  startHarness,
} from '../../fault/support/harness';

let api: RunningCentralApi;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-outbox-core-'));
  api = await startCentralApi({
    dbPath: join(dir, 'central.db'),
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the kiosk core with the durable outbox', () => {
  it('creates kiosk.db and a 0600 key, answers outbox.status, reports the outbox in the heartbeat', async () => {
    const dataDir = join(dir, 'kiosk');
    const core = createKioskCore({
      config: parseConfig({ dataDir, terminal: { label: 'borne-hb' } }),
      apiBaseUrl: api.url,
      logger: silentLogger,
      mode: 'browser',
      appVersion: 'test',
      heartbeatMs: 100,
    });
    try {
      expect(existsSync(join(dataDir, 'kiosk.db'))).toBe(true);
      expect(statSync(join(dataDir, 'outbox.key')).mode & 0o777).toBe(0o600);
      expect(await core.dispatch('outbox.status', {}, { transport: 'http' })).toEqual({
        ok: true,
        value: { depth: 0, oldestAgeSeconds: null, needingAttention: 0 },
      });
      const row = () => {
        const db = new Database(join(dir, 'central.db'), { readonly: true });
        try {
          return db
            .prepare(
              `SELECT outbox_depth AS depth, outbox_needing_attention AS attention
               FROM terminals WHERE label = 'borne-hb'`,
            )
            .get() as { depth: number | null; attention: number | null } | undefined;
        } finally {
          db.close();
        }
      };
      await eventually(() => row()?.depth === 0, 5000);
      expect(row()).toEqual({ depth: 0, attention: 0 });
    } finally {
      await core.close();
    }
  });
});

describe('outbox logs', () => {
  it('name items by id, kind and status only: no canary, no grant, no body', async () => {
    const h = await startHarness();
    const lines: string[] = [];
    const capture: Logger = {
      debug: (e, f) => lines.push(JSON.stringify([e, f])),
      info: (e, f) => lines.push(JSON.stringify([e, f])),
      warn: (e, f) => lines.push(JSON.stringify([e, f])),
      error: (e, f) => lines.push(JSON.stringify([e, f])),
      child: () => capture,
    };
    try {
      h.proxy.plan = (i) =>
        i < 2 ? { do: 'reply', status: 503, body: '{"code":"x","message":"y"}' } : { do: 'pass' };
      const { outbox } = h.openOutbox({ logger: capture });
      h.submitted.push('logged');
      await outbox.submit(h.visit, {
        kind: 'test-submission',
        path: TEST_PATH,
        body: { reference: 'logged', content: canaryContent('logged') },
      });
      outbox.enqueue(
        'gone',
        {
          kind: 'test-submission',
          path: TEST_PATH,
          body: { reference: 'refused', content: `${canaryContent('r')}${'x'.repeat(5000)}` },
        },
        { 'X-Submission-Grant': h.visit.submissionGrant },
      );
      outbox.kick();
      await eventually(() => outbox.status().needingAttention === 1 && outbox.status().depth === 0);
      const text = lines.join('\n');
      expect(text).toContain('outbox.retry_scheduled');
      expect(text).toContain('outbox.delivered');
      expect(text).toContain('outbox.needs_attention');
      for (const canary of [CANARY_NIR, 'canary', 'logged', 'refused', h.visit.submissionGrant]) {
        expect(text).not.toContain(canary);
      }
    } finally {
      await h.dispose();
    }
  });
});
