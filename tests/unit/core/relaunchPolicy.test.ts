import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/logging';
import { msUntilHour, RelaunchPolicy } from '../../../main/core/visit/relaunchPolicy';
import type { Timers } from '../../../main/core/visit/timers';

const fakeTimers: Timers = {
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  clearTimeout: (h) => clearTimeout(h as number),
  now: () => Date.now(),
};

function make(options: { everyVisits?: number; nightlyHour?: number | null } = {}) {
  const state = { visit: false, relaunches: [] as string[] };
  const policy = new RelaunchPolicy({
    everyVisits: options.everyVisits ?? 0,
    nightlyHour: options.nightlyHour ?? null,
    hasVisit: () => state.visit,
    relaunch: (reason) => state.relaunches.push(reason),
    logger: silentLogger,
    timers: fakeTimers,
  });
  policy.start();
  return { policy, state };
}

describe('relaunch policy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 14, 30, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('counts the hours to the next nightly relaunch (tomorrow once the hour is past)', () => {
    const now = new Date(2026, 10, 23, 14, 30).getTime();
    expect(msUntilHour(now, 3)).toBe((12 * 60 + 30) * 60_000);
    expect(msUntilHour(now, 15)).toBe(30 * 60_000);
    expect(msUntilHour(new Date(2026, 10, 23, 3, 0).getTime(), 3)).toBe(24 * 3_600_000);
  });

  it("relaunches at once on IT's request between visits, else at the visit's end", () => {
    const idle = make();
    idle.policy.relaunchSoon('remote');
    expect(idle.state.relaunches).toEqual(['remote']);
    const busy = make();
    busy.state.visit = true;
    busy.policy.relaunchSoon('remote');
    expect(busy.state.relaunches).toEqual([]);
    busy.state.visit = false;
    busy.policy.visitEnded();
    expect(busy.state.relaunches).toEqual(['remote']);
  });

  it('relaunches after the Nth visit, once', () => {
    const { policy, state } = make({ everyVisits: 3 });
    policy.visitEnded();
    policy.visitEnded();
    expect(state.relaunches).toEqual([]);
    policy.visitEnded();
    expect(state.relaunches).toEqual(['visit_count']);
    policy.visitEnded();
    expect(state.relaunches).toEqual(['visit_count']);
  });

  it('relaunches at the nightly hour when the kiosk is idle', async () => {
    const { state } = make({ nightlyHour: 3 });
    await vi.advanceTimersByTimeAsync((12 * 60 + 29) * 60_000);
    expect(state.relaunches).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.relaunches).toEqual(['nightly']);
  });

  it('never during a visit: the nightly relaunch waits for the visit to end', async () => {
    const { policy, state } = make({ nightlyHour: 15 });
    state.visit = true;
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(state.relaunches).toEqual([]);
    state.visit = false;
    policy.visitEnded();
    expect(state.relaunches).toEqual(['nightly']);
  });

  it('off when configured off; stop() cancels the nightly timer', async () => {
    const off = make({ everyVisits: 0, nightlyHour: null });
    for (let i = 0; i < 100; i += 1) off.policy.visitEnded();
    const stopped = make({ nightlyHour: 15 });
    stopped.policy.stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(off.state.relaunches).toEqual([]);
    expect(stopped.state.relaunches).toEqual([]);
  });
});

describe('relaunch after a failed wipe', () => {
  it('fires at the end of the visit, whatever the counters', () => {
    const { policy, state } = make({ everyVisits: 0 });
    policy.relaunchAfterVisit('wipe_failed');
    policy.visitEnded();
    expect(state.relaunches).toEqual(['wipe_failed']);
  });
});
