import { ApiError } from '../errors';

/**
 * A fixed one-minute window per key (here the client's address), in memory: a script guessing
 * staff passwords from one machine is slowed whatever identifiants it tries. A restart only gives
 * back one minute's allowance.
 */
export function createWindowThrottle(perMinute: number, what: string) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return function take(key: string, now: Date): void {
    const at = now.getTime();
    const window = windows.get(key);
    if (!window || at - window.startedAt >= 60_000) {
      if (windows.size > 10_000)
        for (const [k, w] of windows) if (at - w.startedAt >= 60_000) windows.delete(k);
      windows.set(key, { startedAt: at, count: 1 });
      return;
    }
    if (window.count >= perMinute)
      throw new ApiError(
        429,
        'rate_limited',
        `Too many ${what} from this address; slow down`,
        Math.max(1, Math.ceil((window.startedAt + 60_000 - at) / 1000)),
      );
    window.count += 1;
  };
}

export interface StaffLockoutOptions {
  /** Failed sign-ins in a row before the identifiant is locked. */
  maxFailures: number;
  lockSeconds: number;
  /** Sign-in attempts per source address and minute. */
  perSourcePerMinute: number;
}

export const defaultStaffLockout: StaffLockoutOptions = {
  maxFailures: 5,
  lockSeconds: 15 * 60,
  perSourcePerMinute: 20,
};
