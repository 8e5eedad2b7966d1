import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret: 32 random bytes, base64url. Only its SHA-256 is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Lifetimes, in seconds, announced to clients as `expiresInSeconds`. */
export const TERMINAL_TOKEN_TTL_SECONDS = 900;
export const USER_TOKEN_TTL_SECONDS = 1800;
/** A queued submission may wait out a long weekend of network loss (docs/decisions.md). */
export const SUBMISSION_GRANT_TTL_SECONDS = 72 * 3600;

export function isoAfter(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}
