import type { Db } from '../db/engine';
import { ApiError } from '../errors';
import { createRateWindows } from '../rateWindows';

/**
 * A fixed one-minute window per key (here the client's address), shared by every API instance
 * (rateWindows.ts): a script guessing staff passwords from one machine is slowed whatever
 * identifiants it tries.
 */
export function createWindowThrottle(db: Db, scope: string, perMinute: number, what: string) {
  const windows = createRateWindows(db, scope, 60_000);
  return function take(key: string, now: Date): void {
    const at = now.getTime();
    const window = windows.hit(key, at);
    if (window.count > perMinute)
      throw new ApiError(
        429,
        'rate_limited',
        `Too many ${what} from this address; slow down`,
        Math.max(1, Math.ceil((window.startedAt + 60_000 - at) / 1000)),
      );
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
