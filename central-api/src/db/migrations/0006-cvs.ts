import type { Migration } from './migration';

export const m0006Cvs: Migration = {
  id: '0006-cvs',
  sql: `
    CREATE TABLE cvs (
      id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      rome TEXT,
      status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'suspended')),
      step TEXT NOT NULL,
      content TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX cvs_user ON cvs (user_id);
    CREATE UNIQUE INDEX cvs_user_rome ON cvs (user_id, rome) WHERE rome IS NOT NULL;
    CREATE TABLE cv_email_requests (
      id TEXT PRIMARY KEY,
      cv_id TEXT NOT NULL REFERENCES cvs(id),
      user_id INTEGER NOT NULL REFERENCES users(id),
      email TEXT NOT NULL,
      requested_at TEXT NOT NULL
    );
  `,
};
