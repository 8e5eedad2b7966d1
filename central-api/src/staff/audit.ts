import type { Db } from '../db/open';

export interface StaffAuditEntry {
  /** Null when nobody is known yet (a failed sign-in with an unknown identifiant). */
  staffId: number | null;
  /** What was done, snake_case: sign_in, sign_in_failed, assist_take, terminal_relaunch… */
  action: string;
  /** What it was done to: a terminal id, a request id, a release version. Never a person. */
  target?: string;
  /** Counts, durations, codes, labels: never a job seeker's name, identifiant or anything typed. */
  detail?: Record<string, string | number | boolean | null>;
  at: Date;
}

/**
 * Records one staff action. Append only: nothing in the API updates or deletes audit rows. The
 * entry carries only staff, terminals, screens and figures, so the audit can be kept and shown to
 * IT without ever holding a job seeker's personal data.
 */
export function auditStaff(db: Db, entry: StaffAuditEntry): void {
  db.prepare(
    'INSERT INTO staff_audit (staff_id, action, target, detail_json, at) VALUES (?, ?, ?, ?, ?)',
  ).run(
    entry.staffId,
    entry.action,
    entry.target ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null,
    entry.at.toISOString(),
  );
}
