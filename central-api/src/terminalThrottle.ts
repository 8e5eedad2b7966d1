import { ApiError } from './errors';

/**
 * Per-terminal fixed one-minute windows for routes that answer about identifiants without a
 * secret (is it free? what is its question?): each answer is cheap, so without a limit a script
 * on one terminal could walk through every identifiant. A person at a kiosk asks a few a minute.
 * In memory, like the sign-in window: a restart only gives back one minute's allowance.
 */
export function createTerminalThrottle(perMinute: number, what: string) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return function take(terminalId: string, now: Date): void {
    const at = now.getTime();
    const window = windows.get(terminalId);
    if (!window || at - window.startedAt >= 60_000) {
      // Forget finished windows now and then so the map cannot grow with every terminal ever seen.
      if (windows.size > 10_000)
        for (const [id, w] of windows) if (at - w.startedAt >= 60_000) windows.delete(id);
      windows.set(terminalId, { startedAt: at, count: 1 });
      return;
    }
    if (window.count >= perMinute)
      throw new ApiError(
        429,
        'rate_limited',
        `Too many ${what} from this terminal; slow down`,
        (window.startedAt + 60_000 - at) / 1000,
      );
    window.count += 1;
  };
}

/** Lookups a terminal may make per minute (routes/identifiants.ts, routes/passwords.ts). */
export const LOOKUPS_PER_TERMINAL_PER_MINUTE = { availability: 20, secretQuestion: 10 };
