import type { Migration } from './migration';

/**
 * Each terminal's own credential. A terminal enrolled once holds a long-lived secret (only its
 * SHA-256 here: it is 32 random bytes, nothing to brute-force) that it exchanges for short-lived
 * access tokens; the shared enrolment token can no longer take over a label that has one.
 * Re-enrolling a label needs a one-time code issued by IT for that label (hash only, expiring),
 * which replaces the secret and revokes the terminal's tokens.
 * Labels become the terminal's identity across enrolment tokens: codes enrol through the
 * `per-terminal-codes` row, which matches no token (not a SHA-256) and is revoked.
 * Refused enrolments are kept (label, source address, reason; no job seeker's data) for the
 * counter and the alerts staff see, and for the audit.
 */
export const m0020TerminalIdentity: Migration = {
  id: '0020-terminal-identity',
  sql: `
    ALTER TABLE terminals ADD COLUMN secret_hash TEXT;
    ALTER TABLE terminals ADD COLUMN credential_issued_at TEXT;
    CREATE INDEX terminals_label ON terminals (label);
    INSERT INTO enrolment_tokens (token_hash, description, created_at, revoked_at)
      VALUES ('per-terminal-codes', 'terminals enrolled with a code issued by IT',
              strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    CREATE TABLE enrolment_codes (
      code_hash TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      agency_code TEXT,
      issued_by INTEGER,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      terminal_id TEXT REFERENCES terminals(id)
    );
    CREATE INDEX enrolment_codes_label ON enrolment_codes (label, created_at);
    CREATE TABLE enrolment_refusals (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      label TEXT,
      reason TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX enrolment_refusals_at ON enrolment_refusals (at);
  `,
};
