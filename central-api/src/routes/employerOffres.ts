import type { Deps } from '../deps';
import {
  answer,
  type ApiApp,
  employerSecurity,
  idempotencyHeaders,
  refusal,
  refusals,
} from '../apiSchemas';
import { authenticateEmployer, authenticateEmployerSubmitter } from '../employer/auth';
import {
  candidatureCv,
  checkMayPublish,
  employerOffers,
  ownOfferId,
  publishOffer,
  receivedCandidatures,
} from '../employer/offres';
import {
  candidatureCv as candidatureCvSchema,
  candidatureParams,
  employerOffers as employerOffersSchema,
  numeroParams,
  offerPublishBody,
  offerPublished,
  receivedCandidatures as receivedCandidaturesSchema,
} from './employerSpaceSchemas';

const employerAuth = {
  401: refusal('invalid_terminal_token or invalid_employer_token'),
  403: refusal('password_change_required'),
};

/**
 * A certified entreprise's offers: published 'pending' until an adviser validates them, then
 * listed in « Mes offres » with the candidatures each received (the CV as the candidate sent it).
 * An offer of another employer answers 404, as if it did not exist.
 */
export function employerOffresRoutes(app: ApiApp, deps: Deps): void {
  const { db, now, idempotency } = deps;

  app.post(
    '/v1/employer/offres',
    {
      schema: {
        operationId: 'publishEmployerOffer',
        tags: ['employer space'],
        summary: 'Publish an offer: it waits for an adviser’s validation (status pending)',
        description:
          '403 certification_required (an entreprise not certified yet) or employer_kind_forbidden (a particulier employeur); 400 unknown_appellation, unknown_place, salary_order. The kiosk outbox sends X-Employer-Grant once the visit is over.',
        security: [
          { terminalToken: [], employerToken: [] },
          { terminalToken: [], employerGrant: [] },
        ],
        headers: idempotencyHeaders,
        body: offerPublishBody,
        response: {
          201: answer('Recorded, pending validation', offerPublished),
          ...refusals.badRequest,
          401: employerAuth[401],
          403: refusal(
            'password_change_required, certification_required or employer_kind_forbidden',
          ),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const employer = authenticateEmployerSubmitter(db, request, now());
      checkMayPublish(employer);
      return idempotency.execute(request, reply, employer.terminalId, () => ({
        status: 201,
        commit: () => publishOffer(db, deps, employer, request.body, now()),
      }));
    },
  );

  app.get(
    '/v1/employer/offres',
    {
      schema: {
        operationId: 'listEmployerOffers',
        tags: ['employer space'],
        summary: '« Mes offres »: the employer’s offers, their status and candidatures',
        security: employerSecurity,
        response: { 200: answer('Offers', employerOffersSchema), ...employerAuth },
      },
    },
    async (request) => {
      const { employerId } = authenticateEmployer(db, request, now());
      return { offres: employerOffers(db, employerId) };
    },
  );

  app.get(
    '/v1/employer/offres/:numero/candidatures',
    {
      schema: {
        operationId: 'listReceivedCandidatures',
        tags: ['employer space'],
        summary: '« Candidatures reçues » for one of the employer’s offers',
        security: employerSecurity,
        params: numeroParams,
        response: {
          200: answer('Candidatures', receivedCandidaturesSchema),
          ...employerAuth,
          404: refusal('offer_not_found: no offer of this employer has this number'),
        },
      },
    },
    async (request) => {
      const { employerId } = authenticateEmployer(db, request, now());
      const { numero } = request.params;
      const offreId = ownOfferId(db, employerId, numero);
      const title = db
        .prepare('SELECT title FROM offres WHERE id = ?')
        .pluck()
        .get(offreId) as string;
      return { numero, title, candidatures: receivedCandidatures(db, offreId) };
    },
  );

  app.get(
    '/v1/employer/offres/:numero/candidatures/:id/cv',
    {
      schema: {
        operationId: 'getCandidatureCv',
        tags: ['employer space'],
        summary: 'The CV a candidate sent with a candidature, as sent',
        security: employerSecurity,
        params: candidatureParams,
        response: {
          200: answer('The CV', candidatureCvSchema),
          ...employerAuth,
          404: refusal('offer_not_found or candidature_not_found'),
        },
      },
    },
    async (request) => {
      const { employerId } = authenticateEmployer(db, request, now());
      const offreId = ownOfferId(db, employerId, request.params.numero);
      return candidatureCv(db, offreId, request.params.id);
    },
  );
}
