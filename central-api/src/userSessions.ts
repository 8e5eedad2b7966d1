import type { Db } from './db/open';
import {
  SUBMISSION_GRANT_TTL_SECONDS,
  USER_TOKEN_TTL_SECONDS,
  isoAfter,
  newToken,
  sha256Hex,
} from './tokens';

export interface OpenedSession {
  userToken: string;
  expiresInSeconds: number;
  submissionGrant: string;
  submissionGrantExpiresInSeconds: number;
}

/**
 * A signed-in user on a terminal, whatever the way in (password, security key): the user token
 * for this visit and the submission grant the outbox uses once the user has gone. Call inside the
 * idempotent commit, so a replay returns the same tokens without opening a second session.
 */
export function openUserSession(
  db: Db,
  { userId, terminalId, at }: { userId: number; terminalId: string; at: Date },
): OpenedSession {
  const userToken = newToken();
  const submissionGrant = newToken();
  db.prepare(
    `INSERT INTO user_sessions (token_hash, user_id, terminal_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(userToken),
    userId,
    terminalId,
    at.toISOString(),
    isoAfter(at, USER_TOKEN_TTL_SECONDS),
  );
  db.prepare(
    `INSERT INTO submission_grants (grant_hash, user_id, terminal_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(submissionGrant),
    userId,
    terminalId,
    at.toISOString(),
    isoAfter(at, SUBMISSION_GRANT_TTL_SECONDS),
  );
  return {
    userToken,
    expiresInSeconds: USER_TOKEN_TTL_SECONDS,
    submissionGrant,
    submissionGrantExpiresInSeconds: SUBMISSION_GRANT_TTL_SECONDS,
  };
}
