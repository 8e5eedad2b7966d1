import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdminGate } from '../../../main/core/admin/gate';
import { sqliteLockoutStore } from '../../../main/core/admin/lockoutStore';
import { hashPin, verifyPin } from '../../../main/core/admin/pin';
import { parseConfig } from '../../../main/core/config';
import { openKioskDb } from '../../../main/core/db/kioskDb';
import { createKioskCore } from '../../../main/core/kiosk';
import { createLogger, logFiles, silentLogger } from '../../../main/core/logging';
import { realTimers } from '../../../main/core/visit/timers';
import { KioskError } from '../../../shared/contract';

const FAST = { N: 1024, r: 8, p: 1 };
const PIN = '73914562';

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof KioskError
      ? `${error.code}${error.retryAfterSeconds ? `:${error.retryAfterSeconds}` : ''}`
      : 'thrown';
  }
};

describe('admin PIN hash', () => {
  it('verifies the right PIN only, and never throws on a malformed hash', async () => {
    const hash = await hashPin(PIN, FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[^$]+\$[^$]+$/);
    expect(await verifyPin(PIN, hash)).toBe(true);
    expect(await verifyPin('73914563', hash)).toBe(false);
    expect(await verifyPin(PIN, 'scrypt$x$8$1$abc$def')).toBe(false);
    expect(await verifyPin(PIN, 'argon2id$…')).toBe(false);
    expect(hash).not.toContain(PIN);
  });

  it('is accepted by the config, and a made-up string is refused with the field named', async () => {
    const hash = await hashPin(PIN, FAST);
    expect(parseConfig({ admin: { pinHash: hash } }).admin.pinHash).toBe(hash);
    expect(() => parseConfig({ admin: { pinHash: PIN } })).toThrow(/admin\.pinHash/);
  });
});

describe('AdminGate rate limit', () => {
  const gate = async (now: { t: number }) =>
    new AdminGate({
      pinHash: await hashPin(PIN, FAST),
      logger: silentLogger,
      timers: { now: () => now.t },
      exitDelayMs: 0,
    });

  it('3 wrong PINs are told "wrong"; then lockouts of 30 s, 60 s, 120 s…, even for the right PIN', async () => {
    const now = { t: 0 };
    const admin = await gate(now);
    expect(await codeOf(admin.unlock('0000'))).toBe('invalid_input');
    expect(await codeOf(admin.unlock('0001'))).toBe('invalid_input');
    expect(await codeOf(admin.unlock('0002'))).toBe('account_locked:30');
    now.t += 10_000;
    expect(await codeOf(admin.unlock(PIN))).toBe('account_locked:20');
    now.t += 20_000;
    expect(await codeOf(admin.unlock('0003'))).toBe('account_locked:60');
    now.t += 60_000;
    expect(await codeOf(admin.unlock('0004'))).toBe('account_locked:120');
    now.t += 120_000;
    expect(await codeOf(admin.unlock(PIN))).toBe('ok');
    // A right PIN resets the count.
    expect(await codeOf(admin.unlock('0005'))).toBe('invalid_input');
  });

  it('caps the lockout at 15 minutes', async () => {
    const now = { t: 0 };
    const admin = await gate(now);
    let last = '';
    for (let i = 0; i < 12; i += 1) {
      last = await codeOf(admin.unlock('1111'));
      now.t += 3_600_000;
    }
    expect(last).toBe('account_locked:900');
  });

  it('no PIN configured: the exit is refused', async () => {
    const admin = new AdminGate({ logger: silentLogger });
    expect(admin.enabled).toBe(false);
    expect(await codeOf(admin.unlock(PIN))).toBe('forbidden');
  });
});

describe('admin.exit through the core', () => {
  it('a right PIN ends the visit, writes the audit line and asks the transport to quit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-admin-'));
    const logDir = join(dataDir, 'logs');
    const core = createKioskCore({
      config: parseConfig({ dataDir, admin: { pinHash: await hashPin(PIN, FAST) } }),
      apiBaseUrl: 'http://127.0.0.1:9',
      // Small files, so the audit lines spread over rotated files: every one must be clean.
      logger: createLogger({ dir: logDir, rotation: { maxBytes: 300, keepFiles: 10 } }),
      mode: 'browser',
      appVersion: 't',
      heartbeatMs: 0,
    });
    let exits = 0;
    core.onExitRequested(() => (exits += 1));
    const ctx = { transport: 'http' as const };
    await core.dispatch('visit.start', {}, ctx);

    const wrong = await core.dispatch('admin.exit', { pin: '00000000' }, ctx);
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { pin: 'admin.errors.wrong' } },
    });
    expect(core.hasVisit()).toBe(true);
    const format = await core.dispatch('admin.exit', { pin: '12ab' }, ctx);
    expect(format).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { pin: 'admin.errors.format' } },
    });

    expect(await core.dispatch('admin.exit', { pin: PIN }, ctx)).toEqual({
      ok: true,
      value: { exiting: true },
    });
    expect(core.hasVisit()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exits).toBe(1);
    expect(logFiles(logDir).length).toBeGreaterThan(1);
    const log = logFiles(logDir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('');
    expect(log).toContain('"event":"admin.exit"');
    expect(log).toMatch(/"event":"visit.ended".*"reason":"adviser"/);
    expect(log).not.toContain(PIN);
    expect(log).not.toContain('00000000');
    await core.close();
  });
});

describe('the admin lockout across a relaunch', () => {
  it('3 wrong PINs, then a relaunch on the same data folder: the exit still waits', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-admin-'));
    const pinHash = await hashPin(PIN, FAST);
    const clock = { t: Date.parse('2026-11-05T10:00:00Z') };
    const launch = () =>
      createKioskCore({
        config: parseConfig({ dataDir, admin: { pinHash } }),
        apiBaseUrl: 'http://127.0.0.1:9',
        logger: silentLogger,
        mode: 'browser',
        appVersion: 't',
        heartbeatMs: 0,
        timers: { ...realTimers, now: () => clock.t },
      });
    const ctx = { transport: 'http' as const };
    const first = launch();
    for (const pin of ['00000000', '00000001'])
      expect(await first.dispatch('admin.exit', { pin }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    expect(await first.dispatch('admin.exit', { pin: '00000002' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'account_locked', retryAfterSeconds: 30 },
    });
    await first.close();

    clock.t += 5_000;
    const second = launch();
    let exits = 0;
    second.onExitRequested(() => (exits += 1));
    // Even the right PIN waits out the lockout; the next wrong one doubles it.
    expect(await second.dispatch('admin.exit', { pin: PIN }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'account_locked', retryAfterSeconds: 25 },
    });
    clock.t += 25_000;
    expect(await second.dispatch('admin.exit', { pin: '00000003' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'account_locked', retryAfterSeconds: 60 },
    });
    await second.close();

    clock.t += 60_000;
    const third = launch();
    third.onExitRequested(() => (exits += 1));
    expect(await third.dispatch('admin.exit', { pin: PIN }, ctx)).toEqual({
      ok: true,
      value: { exiting: true },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exits).toBe(1);
    await third.close();
    // The right PIN cleared the count for the next launch too.
    const fourth = launch();
    expect(await fourth.dispatch('admin.exit', { pin: '00000004' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await fourth.close();
  });

  it('a clock set back never makes a saved lockout longer than the maximum', async () => {
    const db = openKioskDb(':memory:');
    const store = sqliteLockoutStore(db);
    store.save({ failures: 9, lockedUntil: Date.parse('2030-01-01T00:00:00Z') });
    const admin = new AdminGate({
      pinHash: await hashPin(PIN, FAST),
      logger: silentLogger,
      timers: { now: () => Date.parse('2026-11-05T10:00:00Z') },
      store,
    });
    expect(await codeOf(admin.unlock(PIN))).toBe('account_locked:900');
    db.close();
  });
});
