import type { Visit } from '../visit/visitManager';

/**
 * What a feature hands to the outbox: one write to the central API on behalf of the signed-in user
 * (an actualisation, a registration draft, a document, a CV…). The body carries any reference the
 * user is shown (client-generated), so the receipt can be printed before the server has answered.
 */
export interface Submission {
  /** What it is, for queue metadata and the admin screen: a fixed word, never personal data. */
  kind: string;
  /** Central API path, e.g. '/v1/actualisations'. */
  path: string;
  /** The JSON body; the durable outbox encrypts it at rest. */
  body: unknown;
  /**
   * Bytes too large for a JSON body (a scanned PDF). Sent first through the central API's upload
   * routes under `body.uploadId`, in chunks, resumable; encrypted in chunks at rest.
   */
  attachment?: Uint8Array;
}

/** 'sent': the central API acknowledged it. 'queued': committed locally, delivered when possible. */
export type SubmissionStatus = 'sent' | 'queued';

export interface SubmissionReceipt {
  itemId: string;
  status: SubmissionStatus;
  /** The central API's answer when it was sent during the call. */
  response?: unknown;
}

/**
 * The single way a feature writes to the central API. `submit` resolves once the submission is
 * committed (durable outbox) or acknowledged; the UI may say "enregistré" only after it resolves.
 */
export interface Outbox {
  submit(visit: Visit, submission: Submission): Promise<SubmissionReceipt>;
  /** Counts for the admin screen and the heartbeat; no personal data. */
  status(): OutboxStatus;
}

/** Items still to deliver, the oldest one's age, and items a final refusal left for staff. */
export interface OutboxStatus {
  depth: number;
  oldestAgeSeconds: number | null;
  needingAttention: number;
}
