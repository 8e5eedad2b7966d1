import { randomUUID } from 'node:crypto';
import type { Application } from '../../../shared/domain/offres';
import { authenticateSubmitter, authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  submitterSecurity,
  userSecurity,
} from '../apiSchemas';
import { cvRowOf } from './cvsStore';
import { applicationList, applicationRecorded, applicationRequest } from './meOffresSchemas';
import { openOffer } from './offresStore';

/**
 * Applications (« télécandidatures ») to offers open to online applications, with one of the
 * person's CVs in the CV bank and an optional message. They come through the kiosk's outbox (a
 * submission grant may deliver one after the person has gone), once per reference; the CV is
 * copied as it is at that moment, so the employer reads what was sent.
 */
export function candidatureRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/me/candidatures',
    {
      schema: {
        operationId: 'applyToOffer',
        tags: ['offres'],
        summary: 'Apply to an offer with one of the user’s published CVs',
        description:
          'The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the recorded application (a redelivery). One application per offer and person. Only an offer open to online applications, and a CV put online in the CV bank, as the seed says.',
        security: submitterSecurity,
        headers: idempotencyHeaders,
        body: applicationRequest,
        response: {
          201: answer('Recorded', applicationRecorded),
          ...refusals.badRequest,
          ...refusals.submitterAuth,
          ...refusals.userState,
          404: refusal('offer_not_found, or cv_not_found (no CV of this user has this id)'),
          409: refusal(
            'offer_filled or offer_withdrawn (no longer open), apply_not_online (apply by e-mail or at the agency), cv_not_published, already_applied (this person applied to this offer already), reference_conflict, or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId, terminalId } = authenticateSubmitter(db, request, at);
      const { reference, numero, cvId, message } = request.body;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const seen = db
            .prepare(
              `SELECT c.user_id, c.sent_at, o.numero, o.title FROM candidatures c
               JOIN offres o ON o.id = c.offre_id WHERE c.reference = ?`,
            )
            .get(reference) as
            { user_id: number; sent_at: string; numero: string; title: string } | undefined;
          if (seen) {
            if (seen.user_id !== userId || seen.numero !== numero)
              throw new ApiError(409, 'reference_conflict', 'This reference is taken');
            return { reference, numero, title: seen.title, sentAt: seen.sent_at };
          }
          const offer = openOffer(db, numero);
          if (offer.apply_mode !== 'online')
            throw new ApiError(
              409,
              'apply_not_online',
              'This offer takes applications by e-mail or at the agency',
            );
          const cv = cvRowOf(db, userId, cvId);
          if (!cv) throw new ApiError(404, 'cv_not_found', 'No CV with this id for this user');
          if (cv.status !== 'published')
            throw new ApiError(409, 'cv_not_published', 'Apply with a CV put online');
          if (
            db
              .prepare('SELECT 1 FROM candidatures WHERE offre_id = ? AND user_id = ?')
              .get(offer.id, userId)
          )
            throw new ApiError(409, 'already_applied', 'This person applied to this offer already');
          const sentAt = at.toISOString();
          db.prepare(
            `INSERT INTO candidatures (id, reference, offre_id, user_id, cv_id, cv_snapshot, message, sent_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            randomUUID(),
            reference,
            offer.id,
            userId,
            cvId,
            cv.content,
            message || null,
            sentAt,
          );
          return { reference, numero, title: offer.title, sentAt };
        },
      }));
    },
  );

  app.get(
    '/v1/me/candidatures',
    {
      schema: {
        operationId: 'listApplications',
        tags: ['offres'],
        summary: 'The signed-in job seeker’s applications, newest first, with the offer’s state',
        security: userSecurity,
        response: {
          200: answer('Applications', applicationList),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const rows = db
        .prepare(
          `SELECT c.reference, c.sent_at, o.numero, o.title, o.employer, o.commune_label, o.status
           FROM candidatures c JOIN offres o ON o.id = c.offre_id
           WHERE c.user_id = ? ORDER BY c.sent_at DESC, c.reference`,
        )
        .all(userId) as Array<Record<string, string | null>>;
      const candidatures: Application[] = rows.map((row) => ({
        reference: row.reference!,
        numero: row.numero!,
        title: row.title!,
        employer: row.employer ?? null,
        commune: row.commune_label!,
        sentAt: row.sent_at!,
        status: row.status === 'filled' || row.status === 'withdrawn' ? 'offre_fermee' : 'envoyee',
      }));
      return { candidatures };
    },
  );
}
