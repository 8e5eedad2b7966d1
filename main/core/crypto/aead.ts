import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a random 96-bit nonce per message. A sealed message is `nonce | tag | ciphertext`.
 * Callers bind context as associated data (an outbox item's idempotency key), so a ciphertext moved
 * to another item, or a chunk moved to another position, fails to open instead of decrypting.
 */
export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function seal(key: Buffer, plaintext: Uint8Array, aad: string): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  // A fresh random nonce every call: with one data key per item (and few chunks), the 2^-32
  // collision bound for random 96-bit nonces is nowhere near reached.
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Uint8Array, aad: string): Buffer {
  const bytes = Buffer.from(sealed);
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError('sealed data too short');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new DecryptionError('authentication failed');
  }
}

/** A data key sealed by the master key; the AAD ties it to one item. */
export function wrapKey(master: Buffer, dataKey: Buffer, aad: string): Buffer {
  return seal(master, dataKey, `wrap\0${aad}`);
}

export function unwrapKey(master: Buffer, wrapped: Uint8Array, aad: string): Buffer {
  return open(master, wrapped, `wrap\0${aad}`);
}

export const CHUNK_BYTES = 256 * 1024;

/**
 * Large documents in authenticated chunks: each chunk's AAD names its index and the total, so a
 * dropped, reordered or truncated chunk list fails to open (not only a flipped bit).
 */
export function sealChunks(
  key: Buffer,
  bytes: Uint8Array,
  aad: string,
  chunkBytes = CHUNK_BYTES,
): Buffer[] {
  const count = Math.max(1, Math.ceil(bytes.length / chunkBytes));
  const chunks: Buffer[] = [];
  for (let i = 0; i < count; i += 1) {
    const part = bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes);
    chunks.push(seal(key, part, `${aad}\0chunk\0${i}\0${count}`));
  }
  return chunks;
}

export function openChunks(key: Buffer, chunks: readonly Uint8Array[], aad: string): Buffer {
  const count = chunks.length;
  return Buffer.concat(chunks.map((c, i) => open(key, c, `${aad}\0chunk\0${i}\0${count}`)));
}
