import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { USER_TOKEN_TTL_SECONDS, isoAfter, newToken, sha256Hex } from '../tokens';

/** Registration references: "INS-" + 8 characters of an alphabet without 0/O and 1/I/L. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newReference(prefix: string): string {
  const bytes = randomBytes(8);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${out}`;
}

export interface RegistrationRow {
  reference: string;
  user_id: number;
  status: 'draft' | 'submitted';
  draft_json: string;
  created_at: string;
  expires_at: string;
  appointment_at: string | null;
}

export const registrationNotFound = (): ApiError =>
  new ApiError(404, 'registration_not_found', 'No registration draft with this reference for you');

/** The caller's own live draft (or 404: another user's reference is not even confirmed to exist). */
export function ownRegistration(
  db: Db,
  reference: string,
  userId: number,
  now: Date,
  status: RegistrationRow['status'] = 'draft',
): RegistrationRow {
  const row = db
    .prepare('SELECT * FROM registrations WHERE reference = ? AND user_id = ?')
    .get(reference, userId) as RegistrationRow | undefined;
  if (!row) throw registrationNotFound();
  if (row.status !== status)
    throw new ApiError(409, 'registration_not_draft', `Registration is ${row.status}`);
  if (row.status === 'draft' && row.expires_at <= now.toISOString())
    throw new ApiError(410, 'registration_expired', 'This draft is older than 15 days');
  return row;
}

/** A user session for the pending account: the draft token the kiosk sends as X-User-Token. */
export function openSession(db: Db, userId: number, terminalId: string, at: Date): string {
  const token = newToken();
  db.prepare(
    `INSERT INTO user_sessions (token_hash, user_id, terminal_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(token),
    userId,
    terminalId,
    at.toISOString(),
    isoAfter(at, USER_TOKEN_TTL_SECONDS),
  );
  return token;
}

/** Parses with a shared zod schema; the first problem becomes a 400 naming the field, not the value. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue?.path.join('/') ?? '';
  throw new ApiError(
    400,
    'invalid_request',
    `${context}/${at} is invalid (${issue?.message ?? 'invalid'})`,
  );
}
