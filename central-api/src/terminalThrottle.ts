import type { Db } from './db/engine';
import { ApiError } from './errors';
import { createRateWindows } from './rateWindows';

/**
 * Per-terminal fixed one-minute windows for routes that answer about identifiants without a
 * secret (is it free? what is its question?): each answer is cheap, so without a limit a script
 * on one terminal could walk through every identifiant. A person at a kiosk asks a few a minute.
 * The windows are shared by every API instance (rateWindows.ts); `scope` names this limit there.
 */
export function createTerminalThrottle(db: Db, scope: string, perMinute: number, what: string) {
  const windows = createRateWindows(db, scope, 60_000);
  return function take(terminalId: string, now: Date): void {
    const at = now.getTime();
    const window = windows.hit(terminalId, at);
    if (window.count > perMinute)
      throw new ApiError(
        429,
        'rate_limited',
        `Too many ${what} from this terminal; slow down`,
        (window.startedAt + 60_000 - at) / 1000,
      );
  };
}

/** Lookups a terminal may make per minute (routes/identifiants.ts, routes/passwords.ts). */
export const LOOKUPS_PER_TERMINAL_PER_MINUTE = { availability: 20, secretQuestion: 10 };
