import type { Db } from './db/engine';
import { createMinuteLimit } from './rateWindows';

/**
 * Per-terminal fixed one-minute windows for routes that answer about identifiants without a
 * secret (is it free? what is its question?): each answer is cheap, so without a limit a script
 * on one terminal could walk through every identifiant. A person at a kiosk asks a few a minute.
 * The windows are shared by every API instance (rateWindows.ts); `scope` names this limit there.
 */
export function createTerminalThrottle(db: Db, scope: string, perMinute: number, what: string) {
  return createMinuteLimit(db, scope, perMinute, `Too many ${what} from this terminal; slow down`);
}

/** Lookups a terminal may make per minute (routes/identifiants.ts, routes/passwords.ts). */
export const LOOKUPS_PER_TERMINAL_PER_MINUTE = { availability: 20, secretQuestion: 10 };
