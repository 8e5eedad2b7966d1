import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { authenticateTerminal, type TerminalPrincipal } from '../auth';
import {
  SUBMISSION_GRANT_TTL_SECONDS,
  USER_TOKEN_TTL_SECONDS,
  isoAfter,
  newToken,
  sha256Hex,
} from '../tokens';
import type { Certification, EmployerKind } from '../../../shared/domain/employerSpace';

export interface EmployerPrincipal extends TerminalPrincipal {
  employerId: number;
  kind: EmployerKind;
  certification: Certification;
}

export const invalidEmployerToken = (): ApiError =>
  new ApiError(
    401,
    'invalid_employer_token',
    'Employer token is missing, unknown, revoked or expired',
  );

const header = (request: FastifyRequest, name: string): string | undefined => {
  const raw = request.headers[name];
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 200
    ? sha256Hex(raw)
    : undefined;
};

interface SessionRow {
  employer_account_id: number;
  kind: EmployerKind;
  certification: Certification;
  must_change_password: number;
}

const SESSION_SQL = `SELECT s.employer_account_id, a.kind, a.certification, a.must_change_password
  FROM employer_sessions s JOIN employer_accounts a ON a.id = s.employer_account_id`;

/**
 * Employer auth: terminal auth plus `X-Employer-Token`, a live employer session opened on this
 * terminal. Employer and job seeker sessions are apart: a user token is no employer token (and
 * job seekers' routes read X-User-Token only), so neither opens the other's routes.
 * `passwordChange`: the one thing a temporary password allows.
 */
export function authenticateEmployer(
  db: Db,
  request: FastifyRequest,
  now: Date,
  access: 'space' | 'passwordChange' = 'space',
): EmployerPrincipal & { tokenHash: string } {
  const terminal = authenticateTerminal(db, request, now);
  const tokenHash = header(request, 'x-employer-token');
  if (!tokenHash) throw invalidEmployerToken();
  const row = db
    .prepare(
      `${SESSION_SQL} WHERE s.token_hash = ? AND s.terminal_id = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    )
    .get(tokenHash, terminal.terminalId, now.toISOString()) as SessionRow | undefined;
  if (!row) throw invalidEmployerToken();
  if (access === 'space' && row.must_change_password === 1)
    throw new ApiError(
      403,
      'password_change_required',
      'The password is temporary: change it before anything else',
    );
  return {
    ...terminal,
    tokenHash,
    employerId: row.employer_account_id,
    kind: row.kind,
    certification: row.certification,
  };
}

/**
 * Who submits an employer's offer: the live session (X-Employer-Token), or the session's grant
 * (X-Employer-Grant, 72 h, this terminal) with which the outbox delivers once the visit is over.
 */
export function authenticateEmployerSubmitter(
  db: Db,
  request: FastifyRequest,
  now: Date,
): EmployerPrincipal {
  const grantHash = header(request, 'x-employer-grant');
  if (grantHash === undefined || request.headers['x-employer-token'] !== undefined)
    return authenticateEmployer(db, request, now);
  const terminal = authenticateTerminal(db, request, now);
  const row = db
    .prepare(
      `${SESSION_SQL} WHERE s.grant_hash = ? AND s.terminal_id = ? AND s.grant_expires_at > ?`,
    )
    .get(grantHash, terminal.terminalId, now.toISOString()) as SessionRow | undefined;
  if (!row) throw invalidEmployerToken();
  return {
    ...terminal,
    employerId: row.employer_account_id,
    kind: row.kind,
    certification: row.certification,
  };
}

/** Opens an employer session; call inside the idempotent commit (a replay opens no second one). */
export function openEmployerSession(
  db: Db,
  { employerId, terminalId, at }: { employerId: number; terminalId: string; at: Date },
): { employerToken: string; employerGrant: string; expiresInSeconds: number } {
  const employerToken = newToken();
  const employerGrant = newToken();
  db.prepare(
    `INSERT INTO employer_sessions (token_hash, employer_account_id, terminal_id, created_at,
       expires_at, grant_hash, grant_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sha256Hex(employerToken),
    employerId,
    terminalId,
    at.toISOString(),
    isoAfter(at, USER_TOKEN_TTL_SECONDS),
    sha256Hex(employerGrant),
    isoAfter(at, SUBMISSION_GRANT_TTL_SECONDS),
  );
  return { employerToken, employerGrant, expiresInSeconds: USER_TOKEN_TTL_SECONDS };
}

export const employerTokenHash = (request: FastifyRequest): string | undefined =>
  header(request, 'x-employer-token');
