import type { Migration } from './migration';

/**
 * A job seeker's application to an offer ("candidature"), sent from the terminal with one of
 * their CVs. The CV is kept as it was when sent (`cv_snapshot`, the CV content as JSON): the
 * employer reads what the person sent, even if they edit or delete the CV afterwards.
 */
export const m0015Candidatures: Migration = {
  id: '0015-candidatures',
  sql: `
    CREATE TABLE candidatures (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      offre_id INTEGER NOT NULL REFERENCES offres(id),
      user_id INTEGER NOT NULL REFERENCES users(id),
      cv_id TEXT REFERENCES cvs(id) ON DELETE SET NULL,
      cv_snapshot TEXT NOT NULL,
      message TEXT,
      sent_at TEXT NOT NULL,
      UNIQUE (offre_id, user_id)
    );
    CREATE INDEX candidatures_user ON candidatures (user_id);
    CREATE INDEX candidatures_offre ON candidatures (offre_id);
  `,
};
