/**
 * Schema migrations, embedded as strings so that the esbuild bundle of main carries them (no .sql
 * file to find at run time). Append only: never edit a migration that has shipped.
 * Times are ISO 8601 UTC strings from Date#toISOString, so they compare as text.
 */
export interface Migration {
  id: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
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
  },
  {
    // Submission grants (the outbox's authority once the user has gone), sign-in
    // lockout per identifiant (hashed: unknown identifiants are counted too, never stored in clear),
    // and the test-only submission route's table.
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
  },
  {
    // Account creation and sign-in paths. A registration starts as a 'pending' user with
    // the access codes chosen on its first screen; its draft lives beside it for 15 days.
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
  },
  {
    // One declaration per user and month; answers as JSON (the kiosk's shared schema).
    id: '0004-actualisations',
    sql: `
      CREATE TABLE actualisations (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        period TEXT NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        answers TEXT NOT NULL,
        terminal_id TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        UNIQUE (user_id, period)
      );
    `,
  },
  {
    // Chunked uploads, documents sent from the kiosk, letters, appointments, adviser.
    id: '0005-documents-exchanges',
    sql: `
      CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        terminal_id TEXT NOT NULL REFERENCES terminals(id),
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        chunk_size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        completed_at TEXT,
        bytes BLOB
      );
      CREATE TABLE upload_chunks (
        upload_id TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (upload_id, idx)
      );
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        terminal_id TEXT NOT NULL REFERENCES terminals(id),
        reference TEXT NOT NULL,
        type TEXT NOT NULL,
        month TEXT,
        description TEXT,
        pages INTEGER NOT NULL,
        pdf BLOB NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        received_at TEXT NOT NULL,
        status_at TEXT NOT NULL,
        UNIQUE (user_id, reference)
      );
      CREATE TABLE letters (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        title TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        pages INTEGER NOT NULL,
        pdf BLOB NOT NULL
      );
      CREATE TABLE appointments (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        subject TEXT NOT NULL,
        place TEXT NOT NULL,
        with_whom TEXT NOT NULL,
        mode TEXT NOT NULL
      );
      CREATE TABLE advisers (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        name TEXT NOT NULL,
        agency TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        hours TEXT NOT NULL
      );
    `,
  },
  {
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
  },
  {
    // Particulier employeur: the central API assigns the identifiant and a
    // temporary password (changed at first sign-in), keeps the secret question, and issues the
    // contrôle de sécurité questions (docs/decisions.md, "Anti-robot question").
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
  },
  {
    // The adviser's agency address in parts: a person needs its town, not only a street.
    id: '0008-adviser-town',
    sql: `
      ALTER TABLE advisers ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
      ALTER TABLE advisers ADD COLUMN town TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    // "Annuler l'appel": the adviser is no longer expected at the terminal.
    id: '0009-assist-cancel',
    sql: `
      ALTER TABLE assist_requests ADD COLUMN cancelled_at TEXT;
    `,
  },
];
