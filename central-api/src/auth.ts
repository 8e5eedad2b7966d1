import type { FastifyRequest } from 'fastify';
import type { Db } from './db/open';
import { invalidTerminalToken, invalidUserToken } from './errors';
import { sha256Hex } from './tokens';

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,200})$/;

export interface TerminalPrincipal {
  terminalId: string;
}

export interface UserPrincipal extends TerminalPrincipal {
  userId: number;
  tokenHash: string;
}

/** Terminal auth: `Authorization: Bearer <accessToken>`, a live token of a known terminal. */
export function authenticateTerminal(
  db: Db,
  request: FastifyRequest,
  now: Date,
): TerminalPrincipal {
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw invalidTerminalToken();
  const row = db
    .prepare('SELECT terminal_id FROM terminal_tokens WHERE token_hash = ? AND expires_at > ?')
    .get(sha256Hex(match[1]), now.toISOString()) as { terminal_id: string } | undefined;
  if (!row) throw invalidTerminalToken();
  return { terminalId: row.terminal_id };
}

/** The X-User-Token header's hash, or undefined when absent or malformed. */
export function userTokenHash(request: FastifyRequest): string | undefined {
  const raw = request.headers['x-user-token'];
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 200
    ? sha256Hex(raw)
    : undefined;
}

/**
 * User auth: terminal auth plus `X-User-Token`, a live session opened on this same terminal (a
 * token read off one kiosk is useless on another).
 */
export function authenticateUser(db: Db, request: FastifyRequest, now: Date): UserPrincipal {
  const terminal = authenticateTerminal(db, request, now);
  const tokenHash = userTokenHash(request);
  if (!tokenHash) throw invalidUserToken();
  const row = db
    .prepare(
      `SELECT user_id FROM user_sessions
       WHERE token_hash = ? AND terminal_id = ? AND revoked_at IS NULL AND expires_at > ?`,
    )
    .get(tokenHash, terminal.terminalId, now.toISOString()) as { user_id: number } | undefined;
  if (!row) throw invalidUserToken();
  return { ...terminal, userId: row.user_id, tokenHash };
}

/** The X-Submission-Grant header's hash, or undefined when absent or malformed. */
export function submissionGrantHash(request: FastifyRequest): string | undefined {
  const raw = request.headers['x-submission-grant'];
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 200
    ? sha256Hex(raw)
    : undefined;
}

/**
 * Who a submission (actualisation, document, CV, registration draft…) belongs to: the user of a
 * live session on this terminal (X-User-Token), or a submission grant issued to this terminal for
 * this user at sign-in (X-Submission-Grant). The grant lets the kiosk's outbox deliver after the user
 * has gone; it is accepted here ONLY, so it cannot read a profile or open a session.
 */
export function authenticateSubmitter(
  db: Db,
  request: FastifyRequest,
  now: Date,
): TerminalPrincipal & { userId: number } {
  const grantHash = submissionGrantHash(request);
  if (grantHash === undefined || request.headers['x-user-token'] !== undefined) {
    const { terminalId, userId } = authenticateUser(db, request, now);
    return { terminalId, userId };
  }
  const terminal = authenticateTerminal(db, request, now);
  const row = db
    .prepare(
      `SELECT user_id FROM submission_grants
       WHERE grant_hash = ? AND terminal_id = ? AND expires_at > ?`,
    )
    .get(grantHash, terminal.terminalId, now.toISOString()) as { user_id: number } | undefined;
  if (!row) throw invalidUserToken();
  return { ...terminal, userId: row.user_id };
}
