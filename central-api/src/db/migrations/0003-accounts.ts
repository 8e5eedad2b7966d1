import type { Migration } from './migration';

// Account creation and sign-in paths. A registration starts as a 'pending' user with
// the access codes chosen on its first screen; its draft lives beside it for 15 days.
export const m0003Accounts: Migration = {
  id: '0003-accounts',
  sql: `
    ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
    ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN secret_question TEXT;
    ALTER TABLE users ADD COLUMN secret_answer_hash TEXT;
    ALTER TABLE users ADD COLUMN email TEXT;
    CREATE TABLE registrations (
      reference TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL UNIQUE REFERENCES users(id),
      status TEXT NOT NULL,
      draft_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      submitted_at TEXT,
      appointment_at TEXT
    );
    CREATE TABLE outgoing_emails (
      id INTEGER PRIMARY KEY,
      user_id INTEGER REFERENCES users(id),
      kind TEXT NOT NULL,
      body_json TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE establishments (
      siret TEXT PRIMARY KEY,
      raison_sociale TEXT NOT NULL,
      adresse TEXT NOT NULL,
      code_naf TEXT NOT NULL,
      libelle_naf TEXT NOT NULL
    );
    CREATE TABLE employer_accounts (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      identifiant TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      profile_json TEXT NOT NULL,
      siret TEXT REFERENCES establishments(siret),
      certification TEXT NOT NULL,
      reference TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );
    CREATE TABLE webauthn_credentials (
      id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      public_key BLOB NOT NULL,
      counter INTEGER NOT NULL,
      transports TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE webauthn_challenges (
      challenge TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL,
      user_id INTEGER,
      purpose TEXT NOT NULL,
      rp_id TEXT NOT NULL,
      origin TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
  `,
};
