import type { Migration } from './migration';

/**
 * Agency staff: accounts with a role (conseiller, responsable d'agence, IT), their console
 * sessions (only the token's hash), an audit of every staff action (never a job seeker's personal
 * data), and the adviser's handling of a help request: taken by whom and when, closed when.
 */
export const m0019Staff: Migration = {
  id: '0019-staff',
  sql: `
    CREATE TABLE staff_accounts (
      id INTEGER PRIMARY KEY,
      identifiant TEXT NOT NULL UNIQUE,
      nom TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('conseiller', 'responsable', 'it')),
      agency_code TEXT,
      password_hash TEXT NOT NULL,
      kiosk_code_hash TEXT,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE staff_sessions (
      token_hash TEXT PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff_accounts(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
    CREATE TABLE staff_audit (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER REFERENCES staff_accounts(id),
      action TEXT NOT NULL,
      target TEXT,
      detail_json TEXT,
      at TEXT NOT NULL
    );
    CREATE INDEX staff_audit_at ON staff_audit (at);
    ALTER TABLE assist_requests ADD COLUMN taken_at TEXT;
    ALTER TABLE assist_requests ADD COLUMN taken_by INTEGER REFERENCES staff_accounts(id);
    ALTER TABLE assist_requests ADD COLUMN closed_at TEXT;
    CREATE INDEX assist_requests_open ON assist_requests (closed_at, cancelled_at);
  `,
};
