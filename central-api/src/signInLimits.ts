import type { Db } from './db/open';
import { ApiError } from './errors';
import { countFailureSql, failureTimes } from './failureCount';
import { createRateWindows } from './rateWindows';
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
 * fixed one-minute window, which stops a script on one kiosk from spraying identifiants. Both are
 * shared by every API instance: each failure is counted by one SQL statement, the windows are
 * rateWindows.ts's.
 */
export function createSignInLimits(db: Db, options: SignInLimitOptions = defaultSignInLimits) {
  const terminals = createRateWindows(db, 'sign-in-terminal', 60_000);
  const fleet = createRateWindows(db, 'sign-in-fleet', 60_000);
  const globalPerMinute = options.globalPerMinute ?? defaultSignInLimits.globalPerMinute ?? 6000;
  const find = db.prepare('SELECT locked_until FROM sign_in_failures WHERE identifiant_hash = ?');
  // One statement per failure (failureCount.ts); failures older than the lock are forgotten.
  const countFailure = db.prepare(
    countFailureSql({ table: 'sign_in_failures', key: 'identifiant_hash', forgetAfterQuiet: true }),
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
    const window = terminals.hit(terminalId, at);
    if (window.count > options.perTerminalPerMinute)
      throw new ApiError(
        429,
        'rate_limited',
        'Too many sign-in attempts from this terminal; slow down',
        (window.startedAt + 60_000 - at) / 1000,
      );
    // The fleet's window counts only what a terminal's own window let through: one terminal
    // hammering cannot spend the allowance of the others; an attempt the fleet refuses is taken
    // back from the terminal's window.
    const whole = fleet.hit('fleet', at);
    if (whole.count > globalPerMinute) {
      terminals.unhit(terminalId, window.startedAt);
      throw new ApiError(
        429,
        'rate_limited',
        'Too many sign-in attempts on the whole fleet; slow down',
        (whole.startedAt + 60_000 - at) / 1000,
      );
    }
    const row = find.get(keyOf(identifiant, secret)) as FailureRow | undefined;
    const lockedUntil = row?.locked_until ? Date.parse(row.locked_until) : 0;
    if (lockedUntil > at) throw accountLocked((lockedUntil - at) / 1000);
  }

  /** Counts a failure; the one that reaches the limit (or comes within the lock) answers account_locked. */
  function failed(identifiant: string, now: Date, secret: GuardedSecret = 'password'): void {
    const at = now.getTime();
    const row = countFailure.get({
      key: keyOf(identifiant, secret),
      ...failureTimes(now, options.lockSeconds),
      max: options.maxFailures,
    }) as FailureRow;
    if (row.locked_until) throw accountLocked((Date.parse(row.locked_until) - at) / 1000);
  }

  function succeeded(identifiant: string, secret: GuardedSecret = 'password'): void {
    clear.run(keyOf(identifiant, secret));
  }

  return { before, failed, succeeded };
}

export type SignInLimits = ReturnType<typeof createSignInLimits>;
