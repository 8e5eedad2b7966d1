import type { Migration } from './migration';

// A forgotten-password reset no longer replaces the password: the temporary one waits beside it
// (hash only, with an expiry) until it is used, so a stranger who knows the answer cannot lock the
// person out. Open uploads are found per user and by age (per-user caps, collection after a TTL).
// The temporary passwords already written in clear for the mailer are removed: those e-mails are
// long sent, and the reference API keeps no secret in clear.
const columns = `
    ALTER TABLE users ADD COLUMN temporary_password_hash TEXT;
    ALTER TABLE users ADD COLUMN temporary_password_expires_at TEXT;
    CREATE INDEX uploads_user_open ON uploads (user_id, created_at);
`;

export const m0013AbuseLimits: Migration = {
  id: '0013-abuse-limits',
  sql: `${columns}
    UPDATE outgoing_emails SET body_json = json_remove(body_json, '$.temporaryPassword')
      WHERE json_extract(body_json, '$.temporaryPassword') IS NOT NULL;
  `,
  // PostgreSQL databases start after this fix: no temporary password was ever written in clear.
  postgres: columns,
};
