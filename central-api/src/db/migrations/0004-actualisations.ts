import type { Migration } from './migration';

// One declaration per user and month; answers as JSON (the kiosk's shared schema).
export const m0004Actualisations: Migration = {
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
};
