import type { Migration } from './migration';

/**
 * The abuse limits' fixed windows (per terminal, per source address, for the whole fleet) shared
 * by every API instance over one PostgreSQL: one row per limit and key, the key hashed (it may be
 * an address), the window's start in milliseconds, its count, and a once-per-window flag (the
 * alert of a throttled address). SQLite, one process by construction, keeps them in memory and
 * leaves the table empty.
 */
export const m0024RateWindows: Migration = {
  id: '0024-rate-windows',
  sql: `
    CREATE TABLE rate_windows (
      scope TEXT NOT NULL,
      key_hash TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      count INTEGER NOT NULL,
      flagged INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (scope, key_hash)
    );
    CREATE INDEX rate_windows_started ON rate_windows (scope, started_at);
  `,
};
