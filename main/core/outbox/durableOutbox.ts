import { randomUUID } from 'node:crypto';
import { KioskError } from '../../../shared/contract';
import { CentralApiRefusal } from '../api/refusal';
import type { KioskDb } from '../db/kioskDb';
import type { Logger } from '../logging';
import type { Visit } from '../visit/visitManager';
import { DeliveryEngine, type FaultPoint } from './engine';
import { defaultBackoff, type BackoffOptions } from './policy';
import type { Outbox, OutboxStatus, Submission, SubmissionReceipt } from './port';
import { sealItem } from './sealing';
import { createOutboxStore, type OutboxStore } from './store';
import type { AttachmentUploader, DeliveryTransport } from './transport';

export interface DurableOutboxOptions {
  db: KioskDb;
  masterKey: Buffer;
  transport: DeliveryTransport;
  uploader?: AttachmentUploader;
  logger: Logger;
  backoff?: Partial<BackoffOptions>;
  /** How long submit waits for the first delivery attempt before answering 'queued'. */
  firstAttemptMs?: number;
  /** A 2xx body must pass this (per path) to be an acknowledgement; default: a JSON object. */
  acceptsResponse?: (path: string, data: unknown) => boolean;
  now?: () => number;
  random?: () => number;
  faultPoint?: (point: FaultPoint) => void;
}

export interface DurableOutbox extends Outbox {
  /** Commits an item for an owner scope (submit does this for the visit's user). */
  enqueue(ownerScope: string, submission: Submission, credentials: Record<string, string>): string;
  onChange(listener: () => void): () => void;
  /** Tries due items now (e.g. the network came back). */
  kick(): void;
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  close(): Promise<void>;
  readonly store: OutboxStore;
}

/** A fixed word (assist-request, actualisation…): queue metadata must never carry user input. */
const KIND = /^[a-z][a-z0-9._-]{0,39}$/;

const isJsonObject = (_path: string, data: unknown) =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * The durable, encrypted outbox behind the Outbox port. `submit` resolves after the local commit
 * and a first delivery attempt bounded by `firstAttemptMs`: 'sent' when the central API answered in
 * time, 'queued' otherwise (the engine keeps trying, across restarts). A final refusal during that
 * first attempt reaches the caller as an error and the item is dropped, because the user is still
 * there to correct it; a refusal later leaves the item in needs_attention, still encrypted.
 */
export function createDurableOutbox(options: DurableOutboxOptions): DurableOutbox {
  const store = createOutboxStore(options.db);
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const engine = new DeliveryEngine({
    store,
    masterKey: options.masterKey,
    transport: options.transport,
    uploader: options.uploader,
    logger: options.logger,
    backoff: { ...defaultBackoff, ...options.backoff },
    acceptsResponse: options.acceptsResponse ?? isJsonObject,
    now,
    random: options.random,
    faultPoint: options.faultPoint,
    onChange: changed,
  });
  // One opaque scope per visit: order is kept per user, and nothing in the queue names them.
  const scopes = new WeakMap<Visit, string>();
  const firstAttemptMs = options.firstAttemptMs ?? 2500;

  function enqueue(
    ownerScope: string,
    submission: Submission,
    credentials: Record<string, string>,
  ): string {
    if (!KIND.test(submission.kind))
      throw new KioskError('internal', 'outbox kind must be a fixed word');
    const id = randomUUID();
    const idempotencyKey = randomUUID();
    const sealed = sealItem(
      options.masterKey,
      idempotencyKey,
      { path: submission.path, body: submission.body, credentials },
      submission.attachment,
    );
    store.insert({
      id,
      idempotencyKey,
      ownerScope,
      kind: submission.kind,
      createdAt: now(),
      ...sealed,
    });
    changed();
    return id;
  }

  async function submit(visit: Visit, submission: Submission): Promise<SubmissionReceipt> {
    if (!visit.userToken && !visit.employer)
      throw new KioskError('not_signed_in', 'no user signed in');
    // An employer space's submissions go with its own grant: job seekers' routes refuse it.
    const credentials: Record<string, string> = visit.employer
      ? { 'X-Employer-Grant': visit.employer.grant }
      : visit.submissionGrant
        ? { 'X-Submission-Grant': visit.submissionGrant }
        : { 'X-User-Token': visit.userToken ?? '' };
    let scope = scopes.get(visit);
    if (!scope) {
      scope = randomUUID();
      scopes.set(visit, scope);
    }
    const itemId = enqueue(scope, submission, credentials);
    const first = engine.waitFor(itemId, firstAttemptMs);
    engine.kick();
    const result = await first;
    if (result?.kind === 'sent') return { itemId, status: 'sent', response: result.response };
    if (result?.kind === 'rejected') {
      store.discard(itemId);
      changed();
      throw new CentralApiRefusal(
        `${submission.kind}: refused by the central API (${result.status} ${result.code ?? ''})`.trim(),
        result.status,
        result.code,
      );
    }
    return { itemId, status: 'queued' };
  }

  engine.kick();
  return {
    submit,
    enqueue,
    store,
    status(): OutboxStatus {
      const stats = store.stats();
      return {
        depth: stats.depth,
        oldestAgeSeconds:
          stats.oldestCreatedAt === null
            ? null
            : Math.max(0, Math.floor((now() - stats.oldestCreatedAt) / 1000)),
        needingAttention: stats.needingAttention,
      };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kick: () => engine.kick(),
    idle: () => engine.idle(),
    close: () => engine.close(),
  };
}
