import type { Migration } from './migration';

// "Annuler l'appel": the adviser is no longer expected at the terminal.
export const m0009AssistCancel: Migration = {
  id: '0009-assist-cancel',
  sql: `
    ALTER TABLE assist_requests ADD COLUMN cancelled_at TEXT;
  `,
};
