import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import { createLogger } from '../../../main/core/logging';
import { testCore } from '../../fixtures/core';

// Adviser mode through the kiosk core, against the real reference central API: no mock between.
let api: RunningCentralApi;
let dbPath: string;
const ctx = { transport: 'http' as const };

function query<T>(sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 4096, timeCost: 2 } });
});

afterAll(async () => {
  await api.close();
});

describe('adviser mode through the kiosk core', () => {
  it('unlocks with the code, acts, and leaves no token or name behind when the visit ends', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-core-'));
    const logDir = join(dataDir, 'logs');
    const config = parseConfig({
      dataDir,
      terminal: {
        label: 'borne-adviser',
        enrolmentToken: 'demo-enrolment-token',
        agencyCode: 'PARIS11',
      },
    });
    const core = testCore(config, api.url, { logger: createLogger({ dir: logDir }) });
    // Nothing without a visit.
    expect(await core.dispatch('adviser.list', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'no_active_visit' },
    });
    await core.dispatch('visit.start', {}, ctx);
    const list = await core.dispatch('adviser.list', {}, ctx);
    expect(list).toMatchObject({ ok: true });
    const advisers = (list as { value: { advisers: { staffId: number; nom: string }[] } }).value
      .advisers;
    const sophie = advisers.find((a) => a.nom === 'Sophie Lambert')!.staffId;

    // No action before the unlock; a wrong code is refused.
    expect(await core.dispatch('adviser.extend', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await core.dispatch('adviser.unlock', { staffId: sophie, code: '000000' }, ctx),
    ).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
    expect(await core.dispatch('adviser.unlock', { staffId: sophie, code: '246810' }, ctx)).toEqual(
      { ok: true, value: { prenom: 'Sophie', expiresInSeconds: 900 } },
    );
    expect(await core.dispatch('adviser.extend', {}, ctx)).toEqual({
      ok: true,
      value: { minutes: 15 },
    });
    expect(await core.dispatch('adviser.pauseIdle', { paused: true }, ctx)).toEqual({
      ok: true,
      value: { paused: true },
    });
    expect(
      await core.dispatch('adviser.explain', { topic: 'actualisation.questions' }, ctx),
    ).toEqual({ ok: true, value: {} });

    // The person ends the visit themselves while adviser mode is on: the wipe gives the token up.
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    await expect
      .poll(
        () =>
          query<{ open: number }>(
            'SELECT count(*) AS open FROM adviser_kiosk_sessions WHERE ended_at IS NULL',
          )[0]?.open,
      )
      .toBe(0);
    expect(
      query<{ action: string }>(
        "SELECT action FROM staff_audit WHERE action LIKE 'kiosk_%' ORDER BY id",
      ).map((row) => row.action),
    ).toEqual([
      'kiosk_unlock_failed',
      'kiosk_unlock',
      'kiosk_extend',
      'kiosk_pause_idle',
      'kiosk_explain',
      'kiosk_leave',
    ]);
    // A new visit starts without adviser mode.
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('adviser.extend', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await core.close();
    // Nothing of the adviser in the kiosk's logs: no name, no code.
    const logs = readdirSync(logDir)
      .map((file) => readFileSync(join(logDir, file), 'utf8'))
      .join('\n');
    expect(logs).toContain('adviser.unlocked');
    expect(logs).not.toMatch(/Sophie|246810/);
  });
});
