import type { Migration } from './migration';

// Particulier employeur: the central API assigns the identifiant and a
// temporary password (changed at first sign-in), keeps the secret question, and issues the
// contrôle de sécurité questions (docs/decisions.md, "Anti-robot question").
export const m0007ParticulierEmployer: Migration = {
  id: '0007-particulier-employer',
  sql: `
    ALTER TABLE employer_accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE employer_accounts ADD COLUMN secret_question TEXT;
    ALTER TABLE employer_accounts ADD COLUMN secret_answer_hash TEXT;
    CREATE TABLE anti_robot_challenges (
      id TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL,
      category TEXT NOT NULL,
      words_json TEXT NOT NULL,
      answer TEXT NOT NULL,
      changes_left INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'replaced', 'failed', 'passed', 'used')),
      pass_token_hash TEXT UNIQUE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
  `,
};
