import type { Migration } from './migration';

/**
 * Adviser mode at a terminal: the short-lived sessions an adviser opens on a kiosk with their
 * kiosk code (only the token's hash, the terminal it is bound to, when it ended), and the wrong
 * codes counted per adviser, apart from the console password's count so that one cannot be used
 * to lock the other.
 */
export const m0023AdviserMode: Migration = {
  id: '0023-adviser-mode',
  sql: `
    CREATE TABLE adviser_kiosk_sessions (
      token_hash TEXT PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff_accounts(id),
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ended_at TEXT
    );
    CREATE TABLE adviser_code_failures (
      staff_id INTEGER PRIMARY KEY REFERENCES staff_accounts(id),
      failures INTEGER NOT NULL,
      last_failure_at TEXT NOT NULL,
      locked_until TEXT
    );
  `,
};
