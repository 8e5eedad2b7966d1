import { createHash } from 'node:crypto';
import { newKey, open, openChunks, seal, sealChunks, unwrapKey, wrapKey } from '../crypto/aead';
import type { SealedPayload } from './store';

/** Everything about an item that could identify a person or authorise a write: sealed at rest. */
export interface ItemPayload {
  path: string;
  body: unknown;
  /** X-Submission-Grant (or X-User-Token when the server gave no grant). */
  credentials: Record<string, string>;
}

export interface OpenedItem extends ItemPayload {
  attachment?: Buffer;
}

/** A fresh data key per item, wrapped by the master key; the idempotency key is the AAD. */
export function sealItem(
  master: Buffer,
  idempotencyKey: string,
  payload: ItemPayload,
  attachment?: Uint8Array,
): SealedPayload {
  const dataKey = newKey();
  try {
    return {
      wrappedKey: wrapKey(master, dataKey, idempotencyKey),
      sealed: seal(dataKey, Buffer.from(JSON.stringify(payload), 'utf8'), idempotencyKey),
      chunks: attachment ? sealChunks(dataKey, attachment, idempotencyKey) : [],
    };
  } finally {
    dataKey.fill(0);
  }
}

export function openItem(
  master: Buffer,
  idempotencyKey: string,
  sealed: SealedPayload,
): OpenedItem {
  const dataKey = unwrapKey(master, sealed.wrappedKey, idempotencyKey);
  try {
    const payload = JSON.parse(
      open(dataKey, sealed.sealed, idempotencyKey).toString('utf8'),
    ) as ItemPayload;
    if (sealed.chunks.length === 0) return payload;
    return { ...payload, attachment: openChunks(dataKey, sealed.chunks, idempotencyKey) };
  } finally {
    dataKey.fill(0);
  }
}

/** The receipt's hash: of the sealed bytes, so it proves which item went and reveals nothing. */
export function sealedDigest(sealed: SealedPayload): string {
  const hash = createHash('sha256').update(sealed.sealed);
  for (const chunk of sealed.chunks) hash.update(chunk);
  return hash.digest('hex');
}
