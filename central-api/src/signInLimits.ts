import type { Db } from './db/open';
import { ApiError } from './errors';
import { sha256Hex } from './tokens';

export interface SignInLimitOptions {
  /** Failed sign-ins in a row for one identifiant before it is locked. */
  maxFailures: number;
  /** How long a lock lasts; failures older than this are forgotten too. */
  lockSeconds: number;
  /**
   * Sign-in attempts a terminal may make per minute (a person cannot type faster). Counted per
   * terminal credential: only the holder of a terminal's own secret gets its tokens, so nobody
   * else can spend a terminal's allowance.
   */
  perTerminalPerMinute: number;
  /**
   * Sign-in attempts the whole fleet may make per minute (default 6,000: 5,000 terminals with a
   * person typing at each is far below it), so that many terminals enrolled by one script cannot
   * spray identifiants together or fill the password workers.
   */
  globalPerMinute?: number;
}

export const defaultSignInLimits: SignInLimitOptions = {
  maxFailures: 5,
  lockSeconds: 15 * 60,
  perTerminalPerMinute: 30,
  globalPerMinute: 6000,
};

/** What a guarded attempt checks: the password (sign-in, draft resume) or the secret answer. */
export type GuardedSecret = 'password' | 'secret-answer';

interface FailureRow {
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

const accountLocked = (seconds: number): ApiError =>
  new ApiError(
    429,
    'account_locked',
    'Too many failed attempts for this identifiant; try again later',
    seconds,
  );

/**
 * Sign-in throttling. Per identifiant (hashed, and counted whether or not it exists, so the answer
 * does not reveal which identifiants are real): after `maxFailures` failures in a row the identifiant
 * is locked for `lockSeconds`, in the database so a restart does not reset it. Per terminal: a
 * fixed one-minute window in memory, which stops a script on one kiosk from spraying identifiants.
 */
export function createSignInLimits(db: Db, options: SignInLimitOptions = defaultSignInLimits) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const globalPerMinute = options.globalPerMinute ?? defaultSignInLimits.globalPerMinute ?? 6000;
  let fleet = { startedAt: 0, count: 0 };
  const find = db.prepare(
    'SELECT failures, last_failure_at, locked_until FROM sign_in_failures WHERE identifiant_hash = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO sign_in_failures (identifiant_hash, failures, last_failure_at, locked_until)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (identifiant_hash) DO UPDATE SET
       failures = excluded.failures, last_failure_at = excluded.last_failure_at,
       locked_until = excluded.locked_until`,
  );
  const clear = db.prepare('DELETE FROM sign_in_failures WHERE identifiant_hash = ?');
  // The password's count is shared by sign-in and draft resume (both check the password: two
  // counters would give an attacker twice the guesses); the secret answer has its own.
  const keyOf = (identifiant: string, secret: GuardedSecret = 'password') =>
    sha256Hex(`${secret === 'password' ? 'sign-in' : secret}\0${identifiant.toUpperCase()}`);

  /**
   * Throws 429 rate_limited or account_locked before any secret is checked. The terminal's window
   * counts every guarded attempt (sign-in, draft resume, password reset) together.
   */
  function before(
    terminalId: string,
    identifiant: string,
    now: Date,
    secret: GuardedSecret = 'password',
  ): void {
    const at = now.getTime();
    let window = windows.get(terminalId);
    if (!window || at - window.startedAt >= 60_000) {
      // Forget finished windows now and then so the map cannot grow with every terminal ever seen.
      if (windows.size > 10_000)
        for (const [id, w] of windows) if (at - w.startedAt >= 60_000) windows.delete(id);
      window = { startedAt: at, count: 0 };
      windows.set(terminalId, window);
    }
    if (window.count >= options.perTerminalPerMinute)
      throw new ApiError(
        429,
        'rate_limited',
        'Too many sign-in attempts from this terminal; slow down',
        (window.startedAt + 60_000 - at) / 1000,
      );
    // The fleet's window counts only what a terminal's own window let through: one terminal
    // hammering cannot spend the allowance of the others.
    if (at - fleet.startedAt >= 60_000) fleet = { startedAt: at, count: 0 };
    if (fleet.count >= globalPerMinute)
      throw new ApiError(
        429,
        'rate_limited',
        'Too many sign-in attempts on the whole fleet; slow down',
        (fleet.startedAt + 60_000 - at) / 1000,
      );
    window.count += 1;
    fleet.count += 1;
    const row = find.get(keyOf(identifiant, secret)) as FailureRow | undefined;
    const lockedUntil = row?.locked_until ? Date.parse(row.locked_until) : 0;
    if (lockedUntil > at) throw accountLocked((lockedUntil - at) / 1000);
  }

  /** Counts a failure; the one that reaches the limit already answers account_locked. */
  function failed(identifiant: string, now: Date, secret: GuardedSecret = 'password'): void {
    const key = keyOf(identifiant, secret);
    const at = now.getTime();
    const row = find.get(key) as FailureRow | undefined;
    const recent = row && at - Date.parse(row.last_failure_at) < options.lockSeconds * 1000;
    const failures = (recent && !row.locked_until ? row.failures : 0) + 1;
    if (failures >= options.maxFailures) {
      const until = new Date(at + options.lockSeconds * 1000).toISOString();
      upsert.run(key, failures, now.toISOString(), until);
      throw accountLocked(options.lockSeconds);
    }
    upsert.run(key, failures, now.toISOString(), null);
  }

  function succeeded(identifiant: string, secret: GuardedSecret = 'password'): void {
    clear.run(keyOf(identifiant, secret));
  }

  return { before, failed, succeeded };
}

export type SignInLimits = ReturnType<typeof createSignInLimits>;
