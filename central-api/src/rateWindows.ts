import { engineOf, type Db } from './db/engine';
import { ApiError } from './errors';
import { sha256Hex } from './tokens';

/** A fixed window's state after a hit: how many hits it holds and when it started (ms). */
export interface WindowCount {
  count: number;
  startedAt: number;
}

/**
 * Fixed windows counting hits per key (a terminal, an address, the fleet) for one limit (`scope`).
 * A window starts at the first hit after the previous one ended and lasts `windowMs`.
 */
export interface RateWindows {
  /** Counts one hit in the key's running window (a new window when none runs); the count includes it. */
  hit(key: string, at: number): WindowCount;
  /** Takes back a hit counted in the window that started at `startedAt` (if it still runs). */
  unhit(key: string, startedAt: number): void;
  /** The key's running window, without counting a hit. */
  peek(key: string, at: number): WindowCount | undefined;
  /** True for the first call in the key's running window, false after (one alert per window). */
  once(key: string, at: number): boolean;
}

/**
 * The windows of one limit. SQLite is one process by construction (the API embedded in a kiosk or
 * alone beside its file): the windows live in memory, and a restart only gives back one window's
 * allowance. PostgreSQL may serve several API instances: the windows are rows of `rate_windows`,
 * each hit one atomic INSERT … ON CONFLICT DO UPDATE whose window start and count are computed by
 * the database, so hits arriving on two instances at once are both counted.
 */
export function createRateWindows(db: Db, scope: string, windowMs: number): RateWindows {
  return engineOf(db) === 'postgres'
    ? databaseWindows(db, scope, windowMs)
    : memoryWindows(windowMs);
}

/**
 * A limit of `perMinute` hits per key in fixed one-minute windows: the hit past it is refused with
 * 429 rate_limited (`message`), Retry-After the window's end. Refused hits count too: a client
 * hammering past its limit does not shorten its wait.
 */
export function createMinuteLimit(db: Db, scope: string, perMinute: number, message: string) {
  const windows = createRateWindows(db, scope, 60_000);
  return function take(key: string, now: Date): void {
    const at = now.getTime();
    const window = windows.hit(key, at);
    if (window.count > perMinute)
      throw new ApiError(429, 'rate_limited', message, (window.startedAt + 60_000 - at) / 1000);
  };
}

/** Past this many keys, finished windows are forgotten so the map cannot grow with every key seen. */
const MEMORY_KEYS = 10_000;

function memoryWindows(windowMs: number): RateWindows {
  const windows = new Map<string, WindowCount & { flagged: boolean }>();
  const running = (key: string, at: number) => {
    const window = windows.get(key);
    return window && at - window.startedAt < windowMs ? window : undefined;
  };
  return {
    hit(key, at) {
      let window = running(key, at);
      if (!window) {
        if (windows.size > MEMORY_KEYS)
          for (const [k, w] of windows) if (at - w.startedAt >= windowMs) windows.delete(k);
        window = { startedAt: at, count: 0, flagged: false };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, startedAt: window.startedAt };
    },
    unhit(key, startedAt) {
      const window = windows.get(key);
      if (window && window.startedAt === startedAt && window.count > 0) window.count -= 1;
    },
    peek(key, at) {
      const window = running(key, at);
      return window && { count: window.count, startedAt: window.startedAt };
    },
    once(key, at) {
      const window = running(key, at);
      if (!window || window.flagged) return false;
      window.flagged = true;
      return true;
    },
  };
}

function databaseWindows(db: Db, scope: string, windowMs: number): RateWindows {
  // A window that ended restarts at this hit: start, count and flag are decided in the statement,
  // on the row as it stands when the database locks it, never on a value read earlier.
  const hit = db.prepare(
    `INSERT INTO rate_windows (scope, key_hash, started_at, count, flagged)
     VALUES (@scope, @key, @at::bigint, 1, 0)
     ON CONFLICT (scope, key_hash) DO UPDATE SET
       started_at = CASE WHEN @at::bigint - rate_windows.started_at >= @windowMs::bigint
         THEN @at::bigint ELSE rate_windows.started_at END,
       count = CASE WHEN @at::bigint - rate_windows.started_at >= @windowMs::bigint
         THEN 1 ELSE rate_windows.count + 1 END,
       flagged = CASE WHEN @at::bigint - rate_windows.started_at >= @windowMs::bigint
         THEN 0 ELSE rate_windows.flagged END
     RETURNING count, started_at AS startedAt`,
  );
  const unhit = db.prepare(
    `UPDATE rate_windows SET count = count - 1
     WHERE scope = ? AND key_hash = ? AND started_at = ? AND count > 0`,
  );
  const peek = db.prepare(
    `SELECT count, started_at AS startedAt FROM rate_windows
     WHERE scope = @scope AND key_hash = @key AND @at::bigint - started_at < @windowMs::bigint`,
  );
  const once = db.prepare(
    `UPDATE rate_windows SET flagged = 1
     WHERE scope = @scope AND key_hash = @key AND flagged = 0
       AND @at::bigint - started_at < @windowMs::bigint`,
  );
  const sweep = db.prepare(
    'DELETE FROM rate_windows WHERE scope = @scope AND started_at <= @at::bigint - @windowMs::bigint',
  );
  let sweptAt = 0;
  const params = (key: string, at: number) => ({ scope, key: sha256Hex(key), at, windowMs });
  return {
    hit(key, at) {
      // Finished windows are deleted once a window by each instance: the table holds about the
      // keys of one window.
      if (at - sweptAt >= windowMs) {
        sweptAt = at;
        sweep.run({ scope, at, windowMs });
      }
      return hit.get(params(key, at)) as WindowCount;
    },
    unhit(key, startedAt) {
      unhit.run(scope, sha256Hex(key), startedAt);
    },
    peek(key, at) {
      return peek.get(params(key, at)) as WindowCount | undefined;
    },
    once(key, at) {
      return once.run(params(key, at)).changes === 1;
    },
  };
}
