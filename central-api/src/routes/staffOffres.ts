import type { Deps } from '../deps';
import { answer, type ApiApp, refusal, refusals } from '../apiSchemas';
import { validateOffer } from '../employer/offres';
import { authenticateStaff, staffScope } from '../staff/auth';
import { auditStaff } from '../staff/audit';
import { staffConsoleHeaders } from '../staff/schemas';
import { staffSecurity } from '../staff/sessions';
import { numeroParams, offerValidated } from './employerSpaceSchemas';

/**
 * An adviser validates an offer an entreprise published at a kiosk: 'pending' becomes
 * 'published' and the search finds it. Conseillers and responsables only (IT runs the fleet, not
 * the offers); audited with the offer's number, never the employer's details.
 */
export function staffOffresRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/staff/offres/:numero/validate',
    {
      schema: {
        operationId: 'validateOffer',
        tags: ['staff'],
        summary: 'Validate an employer’s pending offer: it is published',
        description:
          '404 offer_not_found; 409 offer_not_pending (already validated, filled or withdrawn). Requires X-Staff-Console: 1.',
        security: staffSecurity,
        headers: staffConsoleHeaders,
        params: numeroParams,
        response: {
          200: answer('Published', offerValidated),
          ...refusals.badRequest,
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden or staff_console_header_required'),
          404: refusal('offer_not_found'),
          409: refusal('offer_not_pending (or idempotency_request_in_flight)'),
          422: refusals.idempotency[422],
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const staff = authenticateStaff(db, request, at, ['conseiller', 'responsable']);
      const { numero } = request.params;
      return idempotency.execute(request, reply, staffScope(staff), () => ({
        status: 200,
        commit: () => {
          const validated = validateOffer(db, numero, staff.identifiant, at);
          auditStaff(db, { staffId: staff.staffId, action: 'offer_validate', target: numero, at });
          return validated;
        },
      }));
    },
  );
}
