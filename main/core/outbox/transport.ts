/**
 * What the delivery engine needs from the network, kept narrow so tests can wrap it and the lead can
 * wire the documents helper's upload client at merge.
 */
export type DeliveryReply =
  | { ok: true; data: unknown }
  | { ok: false; status: number; code?: string; retryAfterSeconds?: number };

export interface DeliveryTransport {
  /** POSTs with the fixed Idempotency-Key. Throws when there is no answer (network, timeout). */
  post(
    path: string,
    body: unknown,
    credentials: Record<string, string>,
    idempotencyKey: string,
  ): Promise<DeliveryReply>;
}

/**
 * The documents feature's chunked, resumable upload: called before the item's POST with
 * the decrypted bytes under `body.uploadId`. Must be idempotent per uploadId (a crash after the
 * upload and before the POST uploads again). Throws on any failure; the item is retried.
 */
export interface AttachmentUploader {
  uploadAttachment(
    uploadId: string,
    bytes: Uint8Array,
    credentials: Record<string, string>,
  ): Promise<void>;
}
