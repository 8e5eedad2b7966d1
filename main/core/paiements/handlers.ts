import { randomUUID } from 'node:crypto';
import type { paiementsMethods } from '../../../shared/contract/paiements';
import { mapRefusals } from '../account/apiRefusal';
import type {
  AttestationIssued,
  AttestationPdf,
  DashboardSummary,
  PaymentsOverview,
} from '../api/types';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';

/**
 * "Mes paiements" and attestations: reads from the central API, shown and forgotten. An attestation
 * is asked for directly, not through the outbox: it is a document the person needs now, useless
 * if it arrives after they have gone; a retry carries the same Idempotency-Key.
 */
export function paiementsHandlers({
  visits,
  api,
  printer,
}: HandlerDeps): HandlersFor<typeof paiementsMethods> {
  return {
    'paiements.overview': async () => {
      const { userToken } = requireUser(visits);
      return api.getAsUser<PaymentsOverview>('payments', '/v1/payments', userToken);
    },
    'paiements.summary': async () => {
      const { userToken } = requireUser(visits);
      return api.getAsUser<DashboardSummary>('summary', '/v1/dashboard-summary', userToken);
    },
    'attestations.issue': async (request) => {
      const { userToken } = requireUser(visits);
      return mapRefusals(
        () =>
          api.postAs<AttestationIssued>(
            'attestation',
            '/v1/attestations',
            request,
            { 'X-User-Token': userToken },
            randomUUID(),
          ),
        {
          no_rights: ['_', 'paiements.errors.noRights'],
          no_file: ['_', 'paiements.errors.noFile'],
        },
      );
    },
    'attestations.print': async ({ reference }) => {
      const { userToken } = requireUser(visits);
      const { pdfBase64 } = await api.getAsUser<AttestationPdf>(
        'attestation',
        `/v1/attestations/${encodeURIComponent(reference)}/pdf`,
        userToken,
      );
      await printer.print(Buffer.from(pdfBase64, 'base64'), { kind: 'attestation' });
      return {};
    },
  };
}
