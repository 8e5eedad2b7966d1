import { normaliseOfferNumber, OFFER_NUMBER } from '../../../shared/domain/offres';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { offerDetail, offerNumberParams, offerResults, offerSearchBody } from './offresSchemas';

/**
 * Job offers, open to anyone at a terminal (signed in or not), as offer search is on the public
 * site: the terminal's token is enough, no user token is asked.
 */
export function offresRoutes(app: ApiApp, { db, now, offres, idempotency }: Deps): void {
  app.post(
    '/v1/offres/search',
    {
      schema: {
        operationId: 'searchOffres',
        tags: ['offres'],
        summary: 'Search the offers: by title, code ROME, domaine, place and filters',
        description:
          'Exact matches (the appellation, then the other appellations of its code ROME) come before close ones (same domaine professionnel, lower relevance); 150 at most, paged. A read sent as POST so that the criteria stay out of URLs and logs; like every POST it honours an Idempotency-Key (the answer is replayed).',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: offerSearchBody,
        response: {
          200: answer('Results', offerResults),
          400: refusal(
            'invalid_input (schema), criteria_required (no title, code, place or keyword), unknown_place, unknown_appellation',
          ),
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const results = offres.search(request.body, now());
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => results,
      }));
    },
  );

  app.get(
    '/v1/offres/:numero',
    {
      schema: {
        operationId: 'getOffre',
        tags: ['offres'],
        summary: 'One offer by its number (search by number, and the detail)',
        security: terminalSecurity,
        params: offerNumberParams,
        response: {
          200: answer('Offer', offerDetail),
          400: refusal('invalid_offer_number: not 6 digits and a letter'),
          ...refusals.terminalAuth,
          404: refusal('offer_not_found: no published offer has this number'),
          410: refusal('offer_filled or offer_withdrawn: the offer is no longer open'),
        },
      },
    },
    async (request) => {
      authenticateTerminal(db, request, now());
      const numero = normaliseOfferNumber(request.params.numero);
      if (!OFFER_NUMBER.test(numero))
        throw new ApiError(400, 'invalid_offer_number', 'numero must be 6 digits and a letter');
      return offres.detail(numero);
    },
  );
}
