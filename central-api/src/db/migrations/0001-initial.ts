import type { Migration } from './migration';

export const m0001Initial: Migration = {
  id: '0001-initial',
  sql: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      identifiant TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      code_postal TEXT NOT NULL,
      prenom TEXT NOT NULL,
      nom TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE enrolment_tokens (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      description TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE TABLE terminals (
      id TEXT PRIMARY KEY,
      enrolment_token_id INTEGER NOT NULL REFERENCES enrolment_tokens(id),
      label TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen_at TEXT,
      app_version TEXT,
      visit_active INTEGER,
      UNIQUE (enrolment_token_id, label)
    );
    CREATE TABLE terminal_tokens (
      token_hash TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
    CREATE TABLE user_sessions (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE TABLE assist_requests (
      id TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      screen TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      received_at TEXT NOT NULL
    );
    CREATE TABLE idempotency_records (
      scope TEXT NOT NULL,
      key_hash TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL,
      response_body TEXT,
      created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key_hash)
    );
  `,
};
