/**
 * The alert mailing job: for each active alert, the offers published since its last mailing (or
 * its creation) that match its criteria, written to outgoing_emails for the mail service (kind
 * 'offer_alert'; this server sends no e-mail). Nothing in such a mail is a secret: the alert's
 * name, the address it goes to and the offers' public numbers and titles.
 */
import type { AlertCriteria, OfferSummary } from '../../../shared/domain/offres';
import type { Db } from '../db/open';
import type { OfferSearchEngine } from './search';

/** How often the server runs the mailing: once a day. */
export const ALERT_MAILING_INTERVAL_MS = 24 * 3600_000;
/** The offers one mailing lists at most: the newest first. */
export const ALERT_MAIL_MAX_OFFERS = 50;
const DAY_MS = 86_400_000;

export interface AlertMailing {
  alertId: string;
  offres: number;
}

export function sendOfferAlerts(db: Db, offres: OfferSearchEngine, now: Date): AlertMailing[] {
  const at = now.toISOString();
  const alerts = db
    .prepare(
      `SELECT id, user_id, nom, email, criteria_json, COALESCE(last_sent_at, created_at) AS since
       FROM offres_alertes WHERE expires_at > ? ORDER BY created_at, id`,
    )
    .all(at) as Array<{
    id: string;
    user_id: number;
    nom: string;
    email: string;
    criteria_json: string;
    since: string;
  }>;
  const mail = db.prepare(
    `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (?, 'offer_alert', ?, ?)`,
  );
  const stamp = db.prepare('UPDATE offres_alertes SET last_sent_at = ? WHERE id = ?');
  const sent: AlertMailing[] = [];
  for (const alert of alerts) {
    const criteria = JSON.parse(alert.criteria_json) as AlertCriteria;
    // The search's own date filter (whole days) narrows the work; the exact instant is kept below.
    const days = Math.min(
      60,
      Math.max(1, Math.ceil((now.getTime() - Date.parse(alert.since)) / DAY_MS)),
    );
    let found: OfferSummary[];
    try {
      found = offres.search(
        { ...criteria, publieDepuisJours: days, tri: 'date', parPage: ALERT_MAIL_MAX_OFFERS },
        now,
      ).offres;
    } catch {
      // Criteria that no longer search (a place merged away): nothing to send for this one.
      continue;
    }
    const fresh = found.filter((offer) => offer.publishedAt > alert.since);
    db.transaction(() => {
      if (fresh.length > 0) {
        mail.run(
          alert.user_id,
          JSON.stringify({
            to: alert.email,
            alerte: alert.nom,
            offres: fresh.map(({ numero, title, commune, departement, contract }) => ({
              numero,
              title,
              commune,
              departement,
              contract,
            })),
          }),
          at,
        );
        sent.push({ alertId: alert.id, offres: fresh.length });
      }
      stamp.run(at, alert.id);
    })();
  }
  return sent;
}
