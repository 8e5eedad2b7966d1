import type { Logger } from '../logging';
import { classify, retryDelayMs, type BackoffOptions } from './policy';
import { openItem, sealedDigest } from './sealing';
import type { ItemRow, OutboxStore } from './store';
import type { AttachmentUploader, DeliveryReply, DeliveryTransport } from './transport';

/** How one item's delivery attempt ended, for whoever waits on it (submit's first attempt). */
export type AttemptResult =
  | { kind: 'sent'; response: unknown }
  | { kind: 'rejected'; status: number; code?: string }
  | { kind: 'retry' };

const CHECKPOINT_DELAY_MS = 50;
/** Receipts hold no personal data; 90 days covers a support question about a past submission. */
const RECEIPT_RETENTION_MS = 90 * 24 * 3600_000;

/** Named points where the fault suite kills the process (SIGKILL) to prove crash safety. */
export type FaultPoint = 'before-send' | 'after-send' | 'after-ack';

export interface EngineOptions {
  store: OutboxStore;
  masterKey: Buffer;
  transport: DeliveryTransport;
  uploader?: AttachmentUploader;
  logger: Logger;
  backoff: BackoffOptions;
  /** A 2xx body must pass this to count as acknowledged; otherwise the outcome is unknown. */
  acceptsResponse: (path: string, data: unknown) => boolean;
  now?: () => number;
  random?: () => number;
  faultPoint?: (point: FaultPoint) => void;
  /** Called after every state change (stats for the admin screen). */
  onChange?: () => void;
}

/**
 * Delivers queued items: at least once, in order per owner, owners independent of each other.
 * One loop per owner takes the owner's oldest item; when it must wait (backoff) the owner waits,
 * later items of the same owner never overtake it. A timer wakes the engine for the next retry.
 */
export class DeliveryEngine {
  private readonly active = new Map<string, Promise<void>>();
  private readonly waiters = new Map<string, (result: AttemptResult) => void>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now;
    options.store.purgeReceipts(this.now() - RECEIPT_RETENTION_MS);
    const reset = options.store.resetSending();
    if (reset > 0) options.logger.info('outbox.resumed_in_flight', { count: reset });
  }

  /** Looks for due work now (after a submit, at start-up, when the network is back). */
  kick(): void {
    if (this.closed) return;
    const now = this.now();
    for (const owner of this.options.store.owners()) {
      if (this.active.has(owner)) continue;
      const head = this.options.store.head(owner);
      if (!head || head.next_attempt_at > now) continue;
      const loop = this.runOwner(owner).finally(() => {
        this.active.delete(owner);
        this.kick();
      });
      this.active.set(owner, loop);
    }
    this.arm();
  }

  /** Resolves with the item's first attempt result (or undefined after `timeoutMs`). */
  waitFor(itemId: string, timeoutMs: number): Promise<AttemptResult | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(itemId);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.set(itemId, (result) => {
        clearTimeout(timer);
        this.waiters.delete(itemId);
        resolve(result);
      });
    });
  }

  /** Lets in-flight attempts finish (their outcome is committed), then stops. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.active.values()]);
    this.checkpointNow();
  }

  /** Resolves when nothing is due or in flight (tests and benches). */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()]);
    if (this.checkpointTimer) this.checkpointNow();
  }

  private checkpointTimer: NodeJS.Timeout | undefined;

  /**
   * Truncates the WAL soon after an acknowledgement, so the deleted rows' old pages leave the -wal
   * file. Coalesced (one checkpoint per burst of acknowledgements, within CHECKPOINT_DELAY_MS):
   * checkpointing after every single item cost ~3 fsyncs each and capped a drain at ~100 items/s.
   */
  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      this.checkpointNow();
    }, CHECKPOINT_DELAY_MS);
    this.checkpointTimer.unref();
  }

  checkpointNow(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
    try {
      this.options.store.checkpoint();
    } catch (error) {
      this.options.logger.warn('outbox.checkpoint_failed', { error });
    }
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return;
    const next = this.options.store.nextWake();
    if (next === undefined) return;
    // Capped so a clock change cannot park the queue; re-armed on each kick anyway.
    const delay = Math.min(Math.max(0, next - this.now()), 60_000);
    this.timer = setTimeout(() => this.kick(), delay);
    this.timer.unref();
  }

  private async runOwner(owner: string): Promise<void> {
    for (;;) {
      if (this.closed) return;
      const item = this.options.store.head(owner);
      if (!item || item.next_attempt_at > this.now()) return;
      const result = await this.attempt(item);
      this.waiters.get(item.id)?.(result);
      this.options.onChange?.();
      if (result.kind === 'retry') return;
    }
  }

  private async attempt(item: ItemRow): Promise<AttemptResult> {
    const { store, logger } = this.options;
    const sealed = store.payload(item.id);
    if (!sealed) {
      // Cannot happen short of disk corruption; never loop on it.
      store.markAttention(item.id, null);
      logger.error('outbox.payload_missing', { itemId: item.id });
      return { kind: 'rejected', status: 0 };
    }
    let opened;
    try {
      opened = openItem(this.options.masterKey, item.idempotency_key, sealed);
    } catch {
      store.markAttention(item.id, null);
      logger.error('outbox.payload_unreadable', { itemId: item.id, kind: item.kind });
      return { kind: 'rejected', status: 0 };
    }
    store.markSending(item.id);
    let reply: DeliveryReply | undefined;
    try {
      this.options.faultPoint?.('before-send');
      if (opened.attachment) await this.upload(item, opened.body, opened);
      reply = await this.options.transport.post(
        opened.path,
        opened.body,
        opened.credentials,
        item.idempotency_key,
      );
      this.options.faultPoint?.('after-send');
    } catch {
      reply = undefined;
    } finally {
      opened.attachment?.fill(0);
    }
    if (reply?.ok && this.options.acceptsResponse(opened.path, reply.data)) {
      store.acknowledge(item, {
        serverId: serverIdOf(reply.data),
        sealedSha256: sealedDigest(sealed),
        at: this.now(),
      });
      this.scheduleCheckpoint();
      this.options.faultPoint?.('after-ack');
      logger.info('outbox.delivered', {
        itemId: item.id,
        kind: item.kind,
        attempts: item.attempts + 1,
      });
      return { kind: 'sent', response: reply.data };
    }
    if (reply && !reply.ok && classify(reply) === 'reject') {
      store.markAttention(item.id, reply.status);
      logger.warn('outbox.needs_attention', {
        itemId: item.id,
        kind: item.kind,
        status: reply.status,
        code: reply.code,
      });
      return { kind: 'rejected', status: reply.status, code: reply.code };
    }
    const retryAfter = reply && !reply.ok ? reply.retryAfterSeconds : undefined;
    const delay = retryDelayMs(
      item.attempts,
      this.options.backoff,
      retryAfter,
      this.options.random,
    );
    store.reschedule(item.id, this.now() + delay, reply && !reply.ok ? reply.status : null);
    logger.info('outbox.retry_scheduled', {
      itemId: item.id,
      kind: item.kind,
      status: reply && !reply.ok ? reply.status : reply ? 'unexpected_reply' : 'no_answer',
      delayMs: delay,
    });
    return { kind: 'retry' };
  }

  private async upload(
    item: ItemRow,
    body: unknown,
    opened: { attachment?: Buffer; credentials: Record<string, string> },
  ) {
    const uploader = this.options.uploader;
    if (!uploader) throw new Error('no attachment uploader wired');
    const uploadId = (body as { uploadId?: unknown } | null)?.uploadId;
    await uploader.uploadAttachment(
      typeof uploadId === 'string' ? uploadId : item.idempotency_key,
      opened.attachment ?? new Uint8Array(),
      opened.credentials,
    );
  }
}

/** The server's id for the receipt: `id`, or the first string field named like `requestId`. */
function serverIdOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (typeof record.id === 'string') return record.id;
  const key = Object.keys(record).find((k) => /Id$/.test(k) && typeof record[k] === 'string');
  return key ? (record[key] as string) : null;
}
