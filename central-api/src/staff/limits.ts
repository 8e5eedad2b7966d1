import type { Db } from '../db/engine';
import { createMinuteLimit } from '../rateWindows';

/**
 * A fixed one-minute window per key (here the client's address), shared by every API instance
 * (rateWindows.ts): a script guessing staff passwords from one machine is slowed whatever
 * identifiants it tries.
 */
export function createWindowThrottle(db: Db, scope: string, perMinute: number, what: string) {
  return createMinuteLimit(db, scope, perMinute, `Too many ${what} from this address; slow down`);
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
