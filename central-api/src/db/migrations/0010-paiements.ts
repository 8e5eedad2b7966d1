import type { Migration } from './migration';

// "Mes paiements" and attestations: the job seeker's file (registration date, category), their
// rights to an allowance, the payments made, the attestations issued (kept so that a third party
// can check one by its reference and code), and whether a letter was read (the dashboard counts
// the unread ones).
export const m0010Paiements: Migration = {
  id: '0010-paiements',
  sql: `
    CREATE TABLE job_seeker_files (
      user_id INTEGER PRIMARY KEY REFERENCES users(id),
      registered_on TEXT NOT NULL,
      category INTEGER NOT NULL,
      paid_to_last4 TEXT
    );
    CREATE TABLE allocation_rights (
      user_id INTEGER PRIMARY KEY REFERENCES users(id),
      allocation TEXT NOT NULL,
      status TEXT NOT NULL,
      suspension_reason TEXT,
      suspended_on TEXT,
      daily_gross_centimes INTEGER NOT NULL,
      daily_deductions_centimes INTEGER NOT NULL,
      opened_on TEXT NOT NULL,
      ends_on TEXT NOT NULL,
      days_total INTEGER NOT NULL,
      days_remaining INTEGER NOT NULL
    );
    CREATE TABLE payments (
      id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      period TEXT NOT NULL,
      paid_on TEXT NOT NULL,
      allocation TEXT NOT NULL,
      days INTEGER NOT NULL,
      gross_centimes INTEGER NOT NULL,
      deductions_centimes INTEGER NOT NULL,
      net_centimes INTEGER NOT NULL,
      taxable_centimes INTEGER NOT NULL,
      UNIQUE (user_id, period)
    );
    CREATE INDEX payments_by_user ON payments (user_id, paid_on);
    CREATE TABLE attestations (
      reference TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      kind TEXT NOT NULL,
      code_hash TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      pdf BLOB NOT NULL
    );
    ALTER TABLE letters ADD COLUMN read_at TEXT;
  `,
};
