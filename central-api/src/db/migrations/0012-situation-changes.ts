import type { Migration } from './migration';

// Changes of situation declared outside the monthly window: one per user, kind and start date (the
// same change declared twice is refused); the change itself as JSON (the kiosk's shared schema).
export const m0012SituationChanges: Migration = {
  id: '0012-situation-changes',
  sql: `
    CREATE TABLE situation_changes (
      id INTEGER PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      reference TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      date_debut TEXT NOT NULL,
      change_json TEXT NOT NULL,
      terminal_id TEXT NOT NULL,
      submitted_at TEXT NOT NULL,
      UNIQUE (user_id, kind, date_debut)
    );
  `,
};
