import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../shared/contract';
import { createLogger, logFiles, silentLogger } from '../../../main/core/logging';
import { VisitManager } from '../../../main/core/visit/visitManager';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const durations = { idleWarningAfterSeconds: 60, idleCountdownSeconds: 30, maxVisitMinutes: 45 };

function setup(logger = silentLogger) {
  const events: KioskEvent[] = [];
  const signedOut: string[] = [];
  const visits = new VisitManager({
    durations,
    emit: (event) => events.push(event),
    logger,
    timers: {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as number),
      now: () => Date.now(),
    },
    onUserGone: (visit) => signedOut.push(visit.userToken ?? ''),
  });
  return { visits, events, signedOut };
}

describe('visit lifecycle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns after the idle delay, then ends the visit when the countdown runs out', async () => {
    const { visits, events } = setup();
    await visits.start();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events).toEqual([{ name: 'visit.warning', payload: { secondsLeft: 30 } }]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'idle' } });
    expect(visits.current).toBeUndefined();
  });

  it('"Je suis encore là" dismisses the warning and restarts the full idle delay, as often as needed', async () => {
    const { visits, events } = setup();
    await visits.start();
    for (let i = 0; i < 12; i += 1) {
      await vi.advanceTimersByTimeAsync(60_000 + 29_000);
      expect(visits.warningShown).toBe(true);
      visits.stillHere();
      expect(visits.warningShown).toBe(false);
    }
    expect(events.filter((e) => e.name === 'visit.ended')).toEqual([]);
  });

  it('activity postpones the warning but does not dismiss it once shown', async () => {
    const { visits, events } = setup();
    await visits.start();
    await vi.advanceTimersByTimeAsync(50_000);
    visits.activity();
    await vi.advanceTimersByTimeAsync(50_000);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(10_000);
    visits.activity();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'idle' } });
  });

  it('ends a visit at its maximum length even when the user keeps touching the screen', async () => {
    const { visits, events } = setup();
    await visits.start();
    for (let minute = 0; minute < 45; minute += 1) {
      await vi.advanceTimersByTimeAsync(59_000);
      visits.activity();
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(events.find((e) => e.name === 'visit.ended')).toEqual({
      name: 'visit.ended',
      payload: { reason: 'max_length' },
    });
  });

  it('warns before the maximum length, extends it a limited number of times, then ends it', async () => {
    const { visits, events } = setup();
    await visits.start();
    const warnings = () => events.filter((e) => e.name === 'visit.maxLengthWarning');
    const keepBusy = async (ms: number) => {
      for (let t = 0; t < ms; t += 30_000) {
        await vi.advanceTimersByTimeAsync(30_000);
        visits.activity();
      }
    };
    await keepBusy(43 * 60_000 - 30_000);
    expect(warnings()).toEqual([]);
    await keepBusy(30_000);
    expect(warnings()).toEqual([
      {
        name: 'visit.maxLengthWarning',
        payload: { secondsLeft: 120, extensionsLeft: 2, extensionMinutes: 10 },
      },
    ]);
    // Extended from the deadline, not from now: 2 minutes left + 10 minutes.
    expect(visits.extend()).toEqual({ extended: true, extensionsLeft: 1 });
    await keepBusy(10 * 60_000);
    expect(warnings().at(-1)?.payload).toEqual({
      secondsLeft: 120,
      extensionsLeft: 1,
      extensionMinutes: 10,
    });
    expect(visits.extend()).toEqual({ extended: true, extensionsLeft: 0 });
    expect(visits.extend()).toEqual({ extended: false, extensionsLeft: 0 });
    expect(visits.endedNotice().ended).toBe(false);
    await keepBusy(12 * 60_000);
    expect(events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'max_length' } });
    // The next welcome screen may say the visit ended, for 15 s and no longer.
    expect(visits.endedNotice().ended).toBe(true);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(visits.endedNotice()).toEqual({ ended: false, secondsLeft: 0 });
  });

  it('says the visit ended after "Terminer" too, but not after a crash or a new start', async () => {
    const { visits } = setup();
    await visits.start();
    await visits.end('user');
    expect(visits.endedNotice()).toEqual({ ended: true, secondsLeft: 15 });
    await visits.start();
    expect(visits.endedNotice().ended).toBe(false);
    await visits.end('crash');
    expect(visits.endedNotice().ended).toBe(false);
  });

  it('runs every wipe hook before telling the UI, drops the user token and signs the user out', async () => {
    const { visits, events, signedOut } = setup();
    const order: string[] = [];
    visits.onWipe(async () => {
      order.push(`wipe:${events.length}`);
    });
    const visit = await visits.start();
    visit.userToken = 'secret-user-token';
    visit.profile = { prenom: 'Camille', nom: 'Martin' };
    await visits.end('user');
    expect(order).toEqual(['wipe:0']);
    expect(events).toEqual([{ name: 'visit.ended', payload: { reason: 'user' } }]);
    expect(visit.userToken).toBeUndefined();
    expect(visit.profile).toBeUndefined();
    expect(signedOut).toEqual(['secret-user-token']);
  });

  it('ends only once when Terminer and the idle timeout race', async () => {
    const { visits, events } = setup();
    let wipes = 0;
    visits.onWipe(() => {
      wipes += 1;
    });
    await visits.start();
    await Promise.all([visits.end('user'), visits.end('idle'), visits.end('crash')]);
    expect(wipes).toBe(1);
    expect(events.filter((e) => e.name === 'visit.ended')).toHaveLength(1);
  });

  it('a failing wipe step does not stop the others, and the audit line says so without personal data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
    // Files small enough that the lines spread over rotated files: every one must be clean.
    const { visits } = setup(createLogger({ dir, rotation: { maxBytes: 200, keepFiles: 5 } }));
    let secondRan = false;
    visits.onWipe(() => {
      throw new Error('partition busy for camille.martin@example.org');
    });
    visits.onWipe(() => {
      secondRan = true;
    });
    const visit = await visits.start();
    visit.profile = { prenom: 'Camille', nom: 'Martin' };
    await visits.end('user');
    expect(secondRan).toBe(true);
    expect(logFiles(dir).length).toBeGreaterThan(1);
    const log = logFiles(dir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('');
    const ended = log
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((l) => l.event === 'visit.ended');
    expect(ended).toMatchObject({ reason: 'user', wipeOk: false });
    expect(log).not.toContain('camille.martin@example.org');
    expect(log).not.toContain('Martin');
  });

  it('starting a visit while one is open wipes the old one first', async () => {
    const { visits, events } = setup();
    const first = await visits.start();
    const second = await visits.start();
    expect(second.id).not.toBe(first.id);
    expect(events).toEqual([{ name: 'visit.ended', payload: { reason: 'crash' } }]);
  });
});

describe('the camera gate (document capture)', () => {
  it('is open only within a visit that asked for it, and closed by the end of that visit', async () => {
    const { visits } = setup();
    visits.allowCamera(true);
    expect(visits.cameraAllowed).toBe(false);
    await visits.start();
    expect(visits.cameraAllowed).toBe(false);
    visits.allowCamera(true);
    expect(visits.cameraAllowed).toBe(true);
    await visits.end('user');
    expect(visits.cameraAllowed).toBe(false);
    await visits.start();
    expect(visits.cameraAllowed).toBe(false);
  });
});
