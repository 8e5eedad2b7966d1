import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../shared/contract';
import { silentLogger } from '../../../main/core/logging';
import { VisitManager } from '../../../main/core/visit/visitManager';

const durations = {
  idleWarningAfterSeconds: 60,
  idleCountdownSeconds: 30,
  maxVisitMinutes: 45,
  maxExtensions: 1,
};

function setup() {
  const events: KioskEvent[] = [];
  const revoked: string[] = [];
  const visits = new VisitManager({
    durations,
    emit: (event) => events.push(event),
    logger: silentLogger,
    timers: {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as number),
      now: () => Date.now(),
    },
    onAdviserGone: (token) => revoked.push(token),
  });
  const ended = () => events.filter((e) => e.name === 'visit.ended');
  return { visits, events, revoked, ended };
}

describe('adviser mode in the visit manager', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a paused idle timer neither warns nor ends the visit; resuming starts a full idle period', async () => {
    const { visits, events, ended } = setup();
    await visits.start();
    await vi.advanceTimersByTimeAsync(59_000);
    visits.pauseIdle(true);
    expect(visits.idleIsPaused).toBe(true);
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    expect(events).toEqual([]);
    visits.pauseIdle(false);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000 + 30_000);
    expect(ended()).toEqual([{ name: 'visit.ended', payload: { reason: 'idle' } }]);
  });

  it('pausing dismisses a warning already shown', async () => {
    const { visits, ended } = setup();
    await visits.start();
    await vi.advanceTimersByTimeAsync(61_000);
    expect(visits.warningShown).toBe(true);
    visits.pauseIdle(true);
    expect(visits.warningShown).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ended()).toEqual([]);
  });

  it("the adviser's extension goes past the person's own limit and leaves that limit as it was", async () => {
    const { visits, ended } = setup();
    await visits.start();
    visits.pauseIdle(true);
    expect(visits.extend()).toEqual({ extended: true, extensionsLeft: 0 });
    expect(visits.extend().extended).toBe(false);
    expect(visits.extendByAdviser(15)).toBe(true);
    expect(visits.extendByAdviser(15)).toBe(true);
    // 45 + 10 (the person's) + 2 × 15 (the adviser's) = 85 minutes.
    await vi.advanceTimersByTimeAsync(84 * 60_000);
    expect(ended()).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ended()).toEqual([{ name: 'visit.ended', payload: { reason: 'max_length' } }]);
  });

  it('adviser mode ends by itself after its time: an event, the idle timer running again', async () => {
    const { visits, events } = setup();
    await visits.start();
    visits.enterAdviserMode({ token: 'adviser-token', prenom: 'Sophie' }, 600);
    visits.pauseIdle(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(events).toEqual([{ name: 'adviser.ended', payload: { reason: 'expired' } }]);
    expect(visits.current?.adviser).toBeUndefined();
    expect(visits.idleIsPaused).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(events.at(-1)).toEqual({ name: 'visit.warning', payload: { secondsLeft: 30 } });
  });

  it('leaving adviser mode gives the presence back once and resumes the idle timer', async () => {
    const { visits, events } = setup();
    await visits.start();
    visits.enterAdviserMode({ token: 'adviser-token', prenom: 'Sophie' }, 600);
    visits.pauseIdle(true);
    expect(visits.leaveAdviserMode()).toEqual({ token: 'adviser-token', prenom: 'Sophie' });
    expect(visits.leaveAdviserMode()).toBeUndefined();
    expect(visits.idleIsPaused).toBe(false);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(events.some((e) => e.name === 'adviser.ended')).toBe(false);
  });

  it("the visit's end wipes the adviser's token and name, hands the token over for revocation, and unpauses", async () => {
    const { visits, revoked } = setup();
    const visit = await visits.start();
    visits.enterAdviserMode({ token: 'adviser-token', prenom: 'Sophie' }, 600);
    visits.pauseIdle(true);
    await visits.end('user');
    expect(visit.adviser).toBeUndefined();
    expect(JSON.stringify(visit)).not.toMatch(/adviser-token|Sophie/);
    expect(revoked).toEqual(['adviser-token']);
    expect(visits.idleIsPaused).toBe(false);
    // The next visit starts with a running idle timer and no adviser.
    await visits.start();
    expect(visits.current?.adviser).toBeUndefined();
    expect(visits.idleIsPaused).toBe(false);
  });
});
