import { randomUUID } from 'node:crypto';
import { KioskError } from '../../../shared/contract';
import type { CentralApiClient } from '../api/centralApiClient';
import type { Outbox } from './port';

/**
 * Sends at once, keeps nothing: the seam the durable outbox (issue 5) replaces. A failure reaches
 * the caller, so nothing is ever shown as saved when it was not.
 */
export function createDirectOutbox(api: CentralApiClient): Outbox {
  return {
    async submit(visit, submission) {
      if (!visit.userToken) throw new KioskError('not_signed_in', 'no user signed in');
      const itemId = randomUUID();
      const response = await api.postAs(
        submission.kind,
        submission.path,
        submission.body,
        { 'X-User-Token': visit.userToken },
        itemId,
      );
      return { itemId, status: 'sent', response };
    },
    status: () => ({ depth: 0, oldestAgeSeconds: null, needingAttention: 0 }),
  };
}
