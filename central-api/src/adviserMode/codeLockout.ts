import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { countFailureSql, failureTimes } from '../failureCount';

/** Wrong kiosk codes in a row before the adviser's code is locked, and for how long. */
export const KIOSK_CODE_MAX_FAILURES = 5;
export const KIOSK_CODE_LOCK_SECONDS = 15 * 60;

interface FailureRow {
  locked_until: string | null;
}

export const kioskCodeLocked = (seconds: number): ApiError =>
  new ApiError(
    429,
    'account_locked',
    'Too many wrong codes for this adviser; try again later',
    Math.max(1, Math.ceil(seconds)),
  );

/**
 * A 6-digit code is a small space: after 5 wrong codes in a row for one adviser (from any
 * terminal) the code is refused for 15 minutes, in the database so a restart does not reset it
 * and every API instance counts on the same row. Failures older than the lock are forgotten.
 */
export function createKioskCodeLockout(db: Db) {
  const find = db.prepare('SELECT locked_until FROM adviser_code_failures WHERE staff_id = ?');
  const count = db.prepare(
    countFailureSql({ table: 'adviser_code_failures', key: 'staff_id', forgetAfterQuiet: true }),
  );
  return {
    /** Throws 429 account_locked while the adviser's code is locked. */
    check(staffId: number, at: Date): void {
      const row = find.get(staffId) as FailureRow | undefined;
      const until = row?.locked_until ? Date.parse(row.locked_until) : 0;
      if (until > at.getTime()) throw kioskCodeLocked((until - at.getTime()) / 1000);
    },
    /** Counts a wrong code (one statement, failureCount.ts); true when the code is now locked. */
    failed(staffId: number, at: Date): boolean {
      const row = count.get({
        key: staffId,
        ...failureTimes(at, KIOSK_CODE_LOCK_SECONDS),
        max: KIOSK_CODE_MAX_FAILURES,
      }) as { locked_until: string | null };
      return row.locked_until !== null;
    },
    succeeded(staffId: number): void {
      db.prepare('DELETE FROM adviser_code_failures WHERE staff_id = ?').run(staffId);
    },
  };
}
