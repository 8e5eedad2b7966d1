import type { Migration } from './migration';

/**
 * Kiosk releases uploaded by IT and the one staged rollout terminals are offered.
 * A release is one installer per platform ('win': NSIS .exe, 'linux': AppImage) and version; its
 * file lives in the releases folder beside the database, its sha512 (base64, as electron-updater
 * checks it) is computed by the server. The rollout names a version, the percentage of terminals
 * offered it and, optionally, the agencies it is limited to (NULL: every agency).
 */
export const m0022Updates: Migration = {
  id: '0022-updates',
  sql: `
    CREATE TABLE releases (
      version TEXT NOT NULL,
      platform TEXT NOT NULL CHECK (platform IN ('win', 'linux')),
      file_name TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha512 TEXT NOT NULL,
      uploaded_by INTEGER,
      uploaded_at TEXT NOT NULL,
      PRIMARY KEY (version, platform)
    );
    CREATE TABLE update_rollout (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version TEXT NOT NULL,
      percentage INTEGER NOT NULL CHECK (percentage BETWEEN 0 AND 100),
      agency_codes_json TEXT,
      updated_by INTEGER,
      updated_at TEXT NOT NULL
    );
  `,
};
