import type { Migration } from './migration';

// Chunked uploads, documents sent from the kiosk, letters, appointments, adviser.
export const m0005DocumentsExchanges: Migration = {
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
};
