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
      const credentials = { 'X-User-Token': visit.userToken };
      let body = submission.body;
      if (submission.attachment) {
        // The attachment goes first, under an id fixed here; the body then names it.
        const uploadId = randomUUID();
        await api.uploadAttachment(uploadId, submission.attachment, credentials);
        body = { ...(body as Record<string, unknown>), uploadId };
      }
      const response = await api.postAs(
        submission.kind,
        submission.path,
        body,
        credentials,
        itemId,
      );
      return { itemId, status: 'sent', response };
    },
  };
}
