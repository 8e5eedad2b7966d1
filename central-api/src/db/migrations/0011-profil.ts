import type { Migration } from './migration';

// « Mon profil »: the coordonnées and bank account a job seeker changes at the terminal. A new
// e-mail address waits for its confirmation link and a new bank account for its check, beside
// the values still in use; profile_changes makes each change recorded once per reference.
export const m0011Profil: Migration = {
  id: '0011-profil',
  sql: `
    CREATE TABLE user_profiles (
      user_id INTEGER PRIMARY KEY REFERENCES users(id),
      adresse_json TEXT,
      telephone TEXT,
      rib_json TEXT,
      rib_pending_json TEXT,
      rib_pending_since TEXT,
      email_pending TEXT,
      email_token_hash TEXT UNIQUE,
      email_token_expires_at TEXT,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE profile_changes (
      reference TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      kind TEXT NOT NULL,
      terminal_id TEXT NOT NULL,
      received_at TEXT NOT NULL
    );
  `,
};
