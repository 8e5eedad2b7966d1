import type { HandlersOf } from '../rpc/dispatcher';
import type { HandlerDeps } from '../rpc/handlers';

/** 'outbox.status' for the admin screen: counts only, so it needs no visit or user. */
export function outboxHandlers({ outbox }: HandlerDeps): HandlersOf<'outbox.status'> {
  return {
    'outbox.status': async () => outbox.status(),
  };
}
