import type { Migration } from './migration';

/**
 * The fleet view: each terminal's health as its heartbeat reports it (counts, states and codes
 * only, never anything of a person), the configuration version asked for and the one it runs,
 * whether IT put it out of service, and the remote commands waiting for it.
 * A command stays pending until the terminal acknowledges it, so one sent while the terminal is
 * offline is carried out when it comes back.
 */
export const m0021Fleet: Migration = {
  id: '0021-fleet',
  sql: `
    ALTER TABLE terminals ADD COLUMN uptime_seconds INTEGER;
    ALTER TABLE terminals ADD COLUMN scanner_state TEXT;
    ALTER TABLE terminals ADD COLUMN printer_state TEXT;
    ALTER TABLE terminals ADD COLUMN camera_state TEXT;
    ALTER TABLE terminals ADD COLUMN visits_today INTEGER;
    ALTER TABLE terminals ADD COLUMN last_error_code TEXT;
    ALTER TABLE terminals ADD COLUMN config_version INTEGER;
    ALTER TABLE terminals ADD COLUMN out_of_service_reported INTEGER;
    ALTER TABLE terminals ADD COLUMN config_version_requested INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE terminals ADD COLUMN config_json TEXT;
    ALTER TABLE terminals ADD COLUMN out_of_service INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX terminals_last_seen ON terminals (last_seen_at);
    CREATE TABLE terminal_commands (
      id TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL REFERENCES terminals(id),
      kind TEXT NOT NULL
        CHECK (kind IN ('end_visit', 'relaunch', 'out_of_service', 'in_service', 'config')),
      payload_json TEXT,
      staff_id INTEGER,
      created_at TEXT NOT NULL,
      done_at TEXT,
      outcome TEXT
    );
    CREATE INDEX terminal_commands_pending ON terminal_commands (terminal_id, created_at)
      WHERE done_at IS NULL;
  `,
};
