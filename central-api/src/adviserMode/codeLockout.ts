import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { isoAfter } from '../tokens';

/** Wrong kiosk codes in a row before the adviser's code is locked, and for how long. */
export const KIOSK_CODE_MAX_FAILURES = 5;
export const KIOSK_CODE_LOCK_SECONDS = 15 * 60;

interface FailureRow {
  failures: number;
  last_failure_at: string;
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
 * terminal) the code is refused for 15 minutes, in the database so a restart does not reset it.
 * Failures older than the lock are forgotten.
 */
export function createKioskCodeLockout(db: Db) {
  const find = db.prepare(
    'SELECT failures, last_failure_at, locked_until FROM adviser_code_failures WHERE staff_id = ?',
  );
  return {
    /** Throws 429 account_locked while the adviser's code is locked. */
    check(staffId: number, at: Date): void {
      const row = find.get(staffId) as FailureRow | undefined;
      const until = row?.locked_until ? Date.parse(row.locked_until) : 0;
      if (until > at.getTime()) throw kioskCodeLocked((until - at.getTime()) / 1000);
    },
    /** Counts a wrong code; true when this one locked the code. */
    failed(staffId: number, at: Date): boolean {
      const row = find.get(staffId) as FailureRow | undefined;
      const recent =
        row &&
        !row.locked_until &&
        at.getTime() - Date.parse(row.last_failure_at) < KIOSK_CODE_LOCK_SECONDS * 1000;
      const failures = (recent ? row.failures : 0) + 1;
      const locks = failures >= KIOSK_CODE_MAX_FAILURES;
      db.prepare(
        `INSERT INTO adviser_code_failures (staff_id, failures, last_failure_at, locked_until)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures,
           last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
      ).run(
        staffId,
        locks ? 0 : failures,
        at.toISOString(),
        locks ? isoAfter(at, KIOSK_CODE_LOCK_SECONDS) : null,
      );
      return locks;
    },
    succeeded(staffId: number): void {
      db.prepare('DELETE FROM adviser_code_failures WHERE staff_id = ?').run(staffId);
    },
  };
}
