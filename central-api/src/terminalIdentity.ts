import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './db/open';
import { ApiError } from './errors';
import { createRateWindows } from './rateWindows';
import { isoAfter, newToken, sha256Hex } from './tokens';

/** How long an enrolment code issued by IT stays usable (a terminal is set up the same day). */
export const ENROLMENT_CODE_TTL_HOURS = 24;

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 characters of 5 bits (100 bits), shown in groups of four: `7KQ2-…`. */
export function newEnrolmentCode(): string {
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The code as hashed: case, spaces and dashes do not matter, O and I read as 0 and 1. */
export function enrolmentCodeHash(raw: string): string {
  const canonical = raw
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return sha256Hex(`enrolment-code\0${canonical}`);
}

export interface IssuedCode {
  code: string;
  label: string;
  agencyCode: string | null;
  expiresAt: string;
  /** The label already belongs to an enrolled terminal: using the code re-enrols it. */
  reenrolment: boolean;
}

/**
 * A one-time code for one label (and its agency). Any earlier unused code for that label stops
 * working: only the last one IT handed out may enrol it. Only the code's hash is kept.
 */
export function issueEnrolmentCode(
  db: Db,
  request: { label: string; agencyCode: string | null; issuedBy: number | null; at: Date },
): IssuedCode {
  const code = newEnrolmentCode();
  const at = request.at.toISOString();
  const expiresAt = isoAfter(request.at, ENROLMENT_CODE_TTL_HOURS * 3600);
  db.transaction(() => {
    db.prepare(
      'UPDATE enrolment_codes SET expires_at = ? WHERE label = ? AND used_at IS NULL AND expires_at > ?',
    ).run(at, request.label, at);
    db.prepare(
      `INSERT INTO enrolment_codes (code_hash, label, agency_code, issued_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      enrolmentCodeHash(code),
      request.label,
      request.agencyCode,
      request.issuedBy,
      at,
      expiresAt,
    );
  })();
  return {
    code,
    label: request.label,
    agencyCode: request.agencyCode,
    expiresAt,
    reenrolment: terminalByLabel(db, request.label) !== undefined,
  };
}

export interface TerminalRow {
  id: string;
  enrolment_token_id: number;
  secret_hash: string | null;
}

/** A label names one terminal whatever token enrolled it (the oldest, should two tokens have). */
export function terminalByLabel(db: Db, label: string): TerminalRow | undefined {
  return db
    .prepare(
      `SELECT id, enrolment_token_id, secret_hash FROM terminals WHERE label = ?
       ORDER BY created_at, id LIMIT 1`,
    )
    .get(label) as TerminalRow | undefined;
}

/** Compares a presented secret with the stored hash in constant time. */
export function secretMatches(presented: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(sha256Hex(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Gives the terminal a new secret: every access token it had is revoked, and the user sessions
 * opened through them, so a token or a secret copied off the old credential is worthless.
 */
export function rotateTerminalSecret(db: Db, terminalId: string, at: Date): string {
  const secret = newToken();
  db.prepare('UPDATE terminals SET secret_hash = ?, credential_issued_at = ? WHERE id = ?').run(
    sha256Hex(secret),
    at.toISOString(),
    terminalId,
  );
  db.prepare('DELETE FROM terminal_tokens WHERE terminal_id = ?').run(terminalId);
  db.prepare(
    'UPDATE user_sessions SET revoked_at = ? WHERE terminal_id = ? AND revoked_at IS NULL',
  ).run(at.toISOString(), terminalId);
  return secret;
}

export interface EnrolmentGuardOptions {
  /** Refused enrolments (or secret exchanges) one source address may make in a window. */
  failuresPerWindow: number;
  windowSeconds: number;
}

export const defaultEnrolmentGuard: EnrolmentGuardOptions = {
  failuresPerWindow: 10,
  windowSeconds: 15 * 60,
};

/** A refusal kept for the alert counter: the label tried, never a secret. */
export type EnrolmentRefusalReason =
  | 'invalid_enrolment_token'
  | 'invalid_enrolment_code'
  | 'terminal_already_enrolled'
  | 'invalid_terminal_credential'
  | 'throttled';

/**
 * Guessing an enrolment token, a code or a terminal secret costs one refusal each; a source
 * address that collects `failuresPerWindow` in a window is answered 429 until the window ends
 * (its first refused attempt past the limit is recorded as `throttled`, once, for the alert).
 * Successes are not counted: forty terminals of one agency behind one address enrol fine.
 * The windows are shared by every API instance (rateWindows.ts); the refusals are rows too.
 */
export function createEnrolmentGuard(
  db: Db,
  options: EnrolmentGuardOptions = defaultEnrolmentGuard,
  onRefusal: (refusal: {
    source: string;
    label: string | null;
    reason: string;
    at: Date;
  }) => void = () => {},
) {
  const windows = createRateWindows(db, 'enrolment-refusals', options.windowSeconds * 1000);
  const windowMs = options.windowSeconds * 1000;
  const insert = db.prepare(
    'INSERT INTO enrolment_refusals (source, label, reason, at) VALUES (?, ?, ?, ?)',
  );
  const record = (
    source: string,
    label: string | null,
    reason: EnrolmentRefusalReason,
    at: Date,
  ) => {
    insert.run(source, label, reason, at.toISOString());
    onRefusal({ source, label, reason, at });
  };

  /** Throws 429 rate_limited (Retry-After: the window's end) for a source past its allowance. */
  function check(source: string, label: string | null, now: Date): void {
    const window = windows.peek(source, now.getTime());
    if (!window || window.count < options.failuresPerWindow) return;
    if (windows.once(source, now.getTime())) record(source, label, 'throttled', now);
    throw new ApiError(
      429,
      'rate_limited',
      'Too many refused enrolments from this address; try again later',
      (window.startedAt + windowMs - now.getTime()) / 1000,
    );
  }

  /** Records the refusal and counts it against the source, then returns the error to throw. */
  function refuse(
    source: string,
    label: string | null,
    reason: Exclude<EnrolmentRefusalReason, 'throttled'>,
    now: Date,
    error: ApiError,
  ): ApiError {
    record(source, label, reason, now);
    windows.hit(source, now.getTime());
    return error;
  }

  return { check, refuse };
}

export type EnrolmentGuard = ReturnType<typeof createEnrolmentGuard>;

/** The event hub's topic of refused enrolments (staff/events.ts): the fleet view's alert. */
export const ENROLMENT_ALERT_TOPIC = 'enrolment-alerts';

export interface EnrolmentAlerts {
  /** Refused enrolments and secret exchanges in the last 24 hours. */
  refusedLast24h: number;
  /** Source addresses throttled in the last 24 hours. */
  throttledSourcesLast24h: number;
  lastRefusedAt: string | null;
}

/** The counter the staff console shows beside the fleet (counts only). */
export function enrolmentAlerts(db: Db, now: Date): EnrolmentAlerts {
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const row = db
    .prepare(
      `SELECT count(*) AS refused,
              count(DISTINCT CASE WHEN reason = 'throttled' THEN source END) AS throttled,
              max(at) AS last
       FROM enrolment_refusals WHERE at > ?`,
    )
    .get(since) as { refused: number; throttled: number; last: string | null };
  return {
    refusedLast24h: row.refused,
    throttledSourcesLast24h: row.throttled,
    lastRefusedAt: row.last,
  };
}
