import type { Migration } from './migration';

/**
 * What a signed-in job seeker keeps of the offers: « Mon classeur d'offres » (one row per saved
 * offer; a filled or withdrawn offer is taken out when the list is next read, and said once) and
 * the e-mail alerts on saved search criteria. An alert is active until `expires_at` (3 months,
 * pushed back each time the person views their alerts); `last_sent_at` is where the next mailing
 * starts from, so no offer is mailed twice.
 */
export const m0017ClasseurAlertes: Migration = {
  id: '0017-classeur-alertes',
  sql: `
    CREATE TABLE offres_classeur (
      user_id INTEGER NOT NULL REFERENCES users(id),
      offre_id INTEGER NOT NULL REFERENCES offres(id),
      saved_at TEXT NOT NULL,
      PRIMARY KEY (user_id, offre_id)
    );
    CREATE TABLE offres_alertes (
      id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      nom TEXT NOT NULL,
      email TEXT NOT NULL,
      criteria_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      last_sent_at TEXT
    );
    CREATE INDEX offres_alertes_user ON offres_alertes (user_id);
    CREATE INDEX offres_alertes_expires ON offres_alertes (expires_at);
  `,
};
