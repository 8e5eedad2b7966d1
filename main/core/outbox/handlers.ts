import type { outboxMethods } from '../../../shared/contract/outbox';
import type { HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';

/** 'outbox.status' for the admin screen: counts only, so it needs no visit or user. */
export function outboxHandlers({ outbox }: HandlerDeps): HandlersFor<typeof outboxMethods> {
  return {
    'outbox.status': async () => outbox.status(),
  };
}
