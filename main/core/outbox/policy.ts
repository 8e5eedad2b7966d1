import type { DeliveryReply } from './transport';

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** A server's Retry-After is honoured up to this (a misconfigured proxy cannot park us for days). */
  maxRetryAfterMs: number;
}

export const defaultBackoff: BackoffOptions = {
  baseMs: 1000,
  capMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
};

/** Exponential backoff with full jitter (uniform in [0, min(cap, base·2^attempt)]), never before Retry-After. */
export function retryDelayMs(
  attempt: number,
  options: BackoffOptions,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(attempt, 30));
  const jittered = Math.floor(random() * ceiling);
  const floor =
    retryAfterSeconds === undefined
      ? 0
      : Math.min(options.maxRetryAfterMs, Math.max(0, retryAfterSeconds) * 1000);
  return Math.max(jittered, floor);
}

/** 'retry': transient or unknown outcome, same key later. 'reject': final, needs attention. */
export function classify(reply: DeliveryReply): 'retry' | 'reject' {
  if (reply.ok) return 'retry';
  const { status } = reply;
  // Only a 4xx is a verdict. A 2xx/3xx reaching here broke on the way (a body cut mid-stream
  // after the server committed): unknown outcome, same key again.
  if (status < 400 || status >= 500) return 'retry';
  // 401 is only final when it is about the user's grant: an expired terminal token is renewed by
  // the client; a locked-out terminal may be re-enrolled by IT.
  if (status === 401 && reply.code === 'invalid_terminal_token') return 'retry';
  // 409 is retried only when it is the idempotency layer's "still running": a feature's own
  // conflict (e.g. already declared this month) is a verdict like any other 4xx.
  if (status === 409) return reply.code === 'idempotency_request_in_flight' ? 'retry' : 'reject';
  if (status === 408 || status === 425 || status === 429) return 'retry';
  return 'reject';
}
