/**
 * The kiosk database's migrations, append only. Times are epoch milliseconds. Outbox metadata
 * (outbox_items, outbox_receipts) holds no personal data: a fixed kind word, an opaque random
 * owner scope, counters and times. Everything the user entered is in outbox_payloads and
 * outbox_chunks, encrypted, and deleted with the item.
 */
export const kioskMigrations: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: '0001-outbox',
    sql: `
      CREATE TABLE outbox_items (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        owner_scope TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'needs_attention')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        last_status INTEGER
      );
      CREATE INDEX outbox_items_owner ON outbox_items (owner_scope, state, seq);
      CREATE TABLE outbox_payloads (
        item_id TEXT PRIMARY KEY REFERENCES outbox_items(id) ON DELETE CASCADE,
        wrapped_key BLOB NOT NULL,
        sealed BLOB NOT NULL
      );
      CREATE TABLE outbox_chunks (
        item_id TEXT NOT NULL REFERENCES outbox_items(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        sealed BLOB NOT NULL,
        PRIMARY KEY (item_id, idx)
      );
      CREATE TABLE outbox_receipts (
        idempotency_key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        server_id TEXT,
        sealed_sha256 TEXT NOT NULL,
        acknowledged_at INTEGER NOT NULL
      );
    `,
  },
  {
    // The admin PIN lockout survives a relaunch (admin/lockoutStore.ts): one row, counters only.
    id: '0002-admin-lockout',
    sql: `
      CREATE TABLE admin_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
      );
    `,
  },
  {
    // The terminal's own credential from the central API (terminal id and secret, sealed with the
    // master key): one row, replaced at each enrolment. The enrolment code's hash says which code
    // it came from, so a new code in the config is used once and an old one never again.
    id: '0003-terminal-credential',
    sql: `
      CREATE TABLE terminal_credential (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sealed BLOB NOT NULL,
        saved_at INTEGER NOT NULL
      );
    `,
  },
];
