import type { Migration } from './migration';

/**
 * Employer spaces sign in at the kiosk: their sessions live apart from job seekers'
 * (`employer_sessions`, an employer token never opens a job seeker's route, nor the reverse),
 * each with its submission grant so that the kiosk's outbox delivers an offer after the visit.
 * Offers an entreprise publishes belong to its account and wait, 'pending', until an adviser
 * validates them (`validated_at`, `validated_by`: the adviser's identifiant, or 'cli').
 */
export const m0018EmployerSessions: Migration = {
  id: '0018-employer-sessions',
  sql: `
    CREATE TABLE employer_sessions (
      token_hash TEXT PRIMARY KEY,
      employer_account_id INTEGER NOT NULL REFERENCES employer_accounts(id),
      terminal_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT,
      grant_hash TEXT NOT NULL UNIQUE,
      grant_expires_at TEXT NOT NULL
    );
    ALTER TABLE offres ADD COLUMN employer_account_id INTEGER REFERENCES employer_accounts(id);
    ALTER TABLE offres ADD COLUMN submitted_at TEXT;
    ALTER TABLE offres ADD COLUMN validated_at TEXT;
    ALTER TABLE offres ADD COLUMN validated_by TEXT;
    CREATE INDEX offres_employer ON offres (employer_account_id);
  `,
};
