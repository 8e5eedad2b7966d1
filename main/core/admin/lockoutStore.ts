import type { KioskDb } from '../db/kioskDb';

/** Wrong PINs in a row, and the end of the current lockout (epoch ms; 0: none). */
export interface LockoutState {
  failures: number;
  lockedUntil: number;
}

/** Where AdminGate keeps its lockout, so that a relaunch does not clear it. */
export interface LockoutStore {
  load(): LockoutState;
  save(state: LockoutState): void;
}

export function memoryLockoutStore(): LockoutStore {
  let state: LockoutState = { failures: 0, lockedUntil: 0 };
  return {
    load: () => ({ ...state }),
    save: (next) => {
      state = { ...next };
    },
  };
}

/** One row of kiosk.db (migration 0002-admin-lockout); written synchronously before the reply. */
export function sqliteLockoutStore(db: KioskDb): LockoutStore {
  const select = db.prepare('SELECT failures, locked_until FROM admin_lockout WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO admin_lockout (id, failures, locked_until) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  return {
    load() {
      const row = select.get() as { failures: number; locked_until: number } | undefined;
      return row
        ? { failures: row.failures, lockedUntil: row.locked_until }
        : { failures: 0, lockedUntil: 0 };
    },
    save: ({ failures, lockedUntil }) => {
      upsert.run(failures, lockedUntil);
    },
  };
}
