import type { Migration } from './migration';

// Submission grants (the outbox's authority once the user has gone), sign-in
// lockout per identifiant (hashed: unknown identifiants are counted too, never stored in clear),
// and the test-only submission route's table.
export const m0002SubmissionGrantsLockout: Migration = {
  id: '0002-submission-grants-lockout',
  sql: `
    CREATE TABLE submission_grants (
      grant_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
    CREATE INDEX submission_grants_expiry ON submission_grants (expires_at);
    CREATE TABLE sign_in_failures (
      identifiant_hash TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      last_failure_at TEXT NOT NULL,
      locked_until TEXT
    );
    CREATE TABLE test_submissions (
      id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      reference TEXT NOT NULL,
      content TEXT NOT NULL,
      received_at TEXT NOT NULL
    );
    ALTER TABLE terminals ADD COLUMN outbox_depth INTEGER;
    ALTER TABLE terminals ADD COLUMN outbox_oldest_age_seconds INTEGER;
    ALTER TABLE terminals ADD COLUMN outbox_needing_attention INTEGER;
  `,
};
