import { randomUUID } from 'node:crypto';
import {
  alertExpiry,
  MAX_ALERTS,
  MAX_SAVED_OFFERS,
  type AlertCriteria,
  type OfferAlert,
  type RemovedOffer,
  type SavedOffer,
} from '../../../shared/domain/offres';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import {
  alertCreate,
  alertDeleted,
  alertIdParams,
  alertList,
  classeur,
  classeurAdd,
  classeurRemoved,
  classeurSaved,
  offerAlert,
  offerNumeroParams,
} from './meOffresSchemas';
import { openOffer } from './offresStore';

interface AlertRow {
  id: string;
  nom: string;
  email: string;
  criteria_json: string;
  created_at: string;
  expires_at: string;
}

const alertOf = (row: AlertRow): OfferAlert => ({
  id: row.id,
  nom: row.nom,
  email: row.email,
  criteria: JSON.parse(row.criteria_json) as AlertCriteria,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/**
 * « Mon classeur d'offres » and the e-mail alerts of the signed-in job seeker. Read and changed
 * while the person is there (X-User-Token): nothing here is a submission a grant may make later.
 */
export function meOffresRoutes(app: ApiApp, { db, now, idempotency, offres }: Deps): void {
  app.get(
    '/v1/me/classeur',
    {
      schema: {
        operationId: 'getClasseur',
        tags: ['offres'],
        summary: 'The offers the signed-in job seeker saved, newest first',
        description:
          'An offer filled or withdrawn since it was saved leaves the classeur on this read and is listed once in `removed`, so the kiosk can say so.',
        security: userSecurity,
        response: {
          200: answer('Classeur', classeur),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const rows = db
        .prepare(
          `SELECT o.id, o.numero, o.title, o.employer, o.commune_label, o.departement, o.contract,
                  o.published_at, o.status, c.saved_at
           FROM offres_classeur c JOIN offres o ON o.id = c.offre_id
           WHERE c.user_id = ? ORDER BY c.saved_at DESC, o.numero`,
        )
        .all(userId) as Array<Record<string, string> & { id: number }>;
      const saved: SavedOffer[] = [];
      const removed: RemovedOffer[] = [];
      const drop = db.prepare('DELETE FROM offres_classeur WHERE user_id = ? AND offre_id = ?');
      db.transaction(() => {
        for (const row of rows) {
          if (row.status === 'filled' || row.status === 'withdrawn') {
            drop.run(userId, row.id);
            removed.push({ numero: row.numero!, title: row.title!, reason: row.status });
            continue;
          }
          saved.push({
            numero: row.numero!,
            title: row.title!,
            employer: row.employer ?? null,
            commune: row.commune_label!,
            departement: row.departement!,
            contract: row.contract as SavedOffer['contract'],
            publishedAt: row.published_at!,
            savedAt: row.saved_at!,
          });
        }
      })();
      return { offres: saved, removed };
    },
  );

  app.post(
    '/v1/me/classeur',
    {
      schema: {
        operationId: 'saveOffer',
        tags: ['offres'],
        summary: 'Save an open offer in the classeur (saving it again changes nothing)',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: classeurAdd,
        response: {
          200: answer('Saved', classeurSaved),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
          404: refusal('offer_not_found'),
          409: refusal(
            `classeur_full (${MAX_SAVED_OFFERS} offers at most), offer_filled or offer_withdrawn (the offer is no longer open), or idempotency_request_in_flight`,
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const { numero } = request.body;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          const offer = openOffer(db, numero);
          const seen = db
            .prepare('SELECT saved_at FROM offres_classeur WHERE user_id = ? AND offre_id = ?')
            .get(userId, offer.id) as { saved_at: string } | undefined;
          if (seen) return { numero, savedAt: seen.saved_at };
          const { n } = db
            .prepare('SELECT count(*) AS n FROM offres_classeur WHERE user_id = ?')
            .get(userId) as { n: number };
          if (n >= MAX_SAVED_OFFERS)
            throw new ApiError(409, 'classeur_full', `At most ${MAX_SAVED_OFFERS} saved offers`);
          const savedAt = at.toISOString();
          db.prepare(
            'INSERT INTO offres_classeur (user_id, offre_id, saved_at) VALUES (?, ?, ?)',
          ).run(userId, offer.id, savedAt);
          return { numero, savedAt };
        },
      }));
    },
  );

  app.post(
    '/v1/me/classeur/:numero/delete',
    {
      schema: {
        operationId: 'removeSavedOffer',
        tags: ['offres'],
        summary: 'Take an offer out of the classeur',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: offerNumeroParams,
        response: {
          200: answer('Removed', classeurRemoved),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
          404: refusal('not_saved: this offer is not in the classeur'),
          ...refusals.idempotency,
        },
      },
    },
    async (request, reply) => {
      const { userId } = authenticateUser(db, request, now());
      const { numero } = request.params;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          const { changes } = db
            .prepare(
              `DELETE FROM offres_classeur WHERE user_id = ?
                 AND offre_id = (SELECT id FROM offres WHERE numero = ?)`,
            )
            .run(userId, numero);
          if (changes === 0)
            throw new ApiError(404, 'not_saved', 'This offer is not in the classeur');
          return { numero, removed: true as const };
        },
      }));
    },
  );

  app.get(
    '/v1/me/alertes',
    {
      schema: {
        operationId: 'listOfferAlerts',
        tags: ['offres'],
        summary: 'The e-mail alerts of the signed-in job seeker; viewing them renews them',
        description:
          'Each alert is active for 3 months; this read (the person viewing their alerts) starts the 3 months again for every one of them, as the seed describes.',
        security: userSecurity,
        response: {
          200: answer('Alerts', alertList),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      db.prepare('UPDATE offres_alertes SET expires_at = ? WHERE user_id = ?').run(
        alertExpiry(at).toISOString(),
        userId,
      );
      const rows = db
        .prepare('SELECT * FROM offres_alertes WHERE user_id = ? ORDER BY created_at, id')
        .all(userId) as AlertRow[];
      return { alertes: rows.map(alertOf) };
    },
  );

  app.post(
    '/v1/me/alertes',
    {
      schema: {
        operationId: 'createOfferAlert',
        tags: ['offres'],
        summary: 'Save search criteria as an e-mail alert, active for 3 months',
        description:
          'The criteria are checked as a search is (a place or a job title that does not exist is refused); the new offers matching them are e-mailed by the alert mailing job (outgoing_emails, kind offer_alert).',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: alertCreate,
        response: {
          201: answer('Created', offerAlert),
          400: refusal('invalid_request, criteria_required, unknown_place or unknown_appellation'),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
          409: refusal(
            `alert_limit_reached (${MAX_ALERTS} alerts at most) or idempotency_request_in_flight`,
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const { nom, email, criteria } = request.body;
      // The same checks as a search: criteria that cannot find anything are refused now.
      offres.search({ ...criteria, parPage: 1 }, at);
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 201,
        commit: () => {
          const { n } = db
            .prepare('SELECT count(*) AS n FROM offres_alertes WHERE user_id = ?')
            .get(userId) as { n: number };
          if (n >= MAX_ALERTS)
            throw new ApiError(409, 'alert_limit_reached', `At most ${MAX_ALERTS} alerts`);
          const row: AlertRow = {
            id: randomUUID(),
            nom,
            email,
            criteria_json: JSON.stringify(criteria),
            created_at: at.toISOString(),
            expires_at: alertExpiry(at).toISOString(),
          };
          db.prepare(
            `INSERT INTO offres_alertes (id, user_id, nom, email, criteria_json, created_at, expires_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            row.id,
            userId,
            row.nom,
            row.email,
            row.criteria_json,
            row.created_at,
            row.expires_at,
          );
          return alertOf(row);
        },
      }));
    },
  );

  app.post(
    '/v1/me/alertes/:id/delete',
    {
      schema: {
        operationId: 'deleteOfferAlert',
        tags: ['offres'],
        summary: 'Delete an e-mail alert',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: alertIdParams,
        response: {
          200: answer('Deleted', alertDeleted),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
          404: refusal('alert_not_found'),
          ...refusals.idempotency,
        },
      },
    },
    async (request, reply) => {
      const { userId } = authenticateUser(db, request, now());
      const { id } = request.params;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          const { changes } = db
            .prepare('DELETE FROM offres_alertes WHERE id = ? AND user_id = ?')
            .run(id, userId);
          if (changes === 0) throw new ApiError(404, 'alert_not_found', 'No such alert');
          return { id, deleted: true as const };
        },
      }));
    },
  );
}
