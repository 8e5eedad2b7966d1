import type { FastifyRequest } from 'fastify';
import type { Db } from './db/open';
import { ApiError, invalidTerminalToken, invalidUserToken } from './errors';
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
 * What a session is for. A user's state (users.status, must_change_password) decides which:
 * - 'espace': the espace personnel (profile, actualisation, documents, CV, letters, keys): an
 *   'active' account whose password is not temporary;
 * - 'passwordChange': replacing a temporary password: any 'active' account;
 * - 'registration': the draft, submission and appointment of a registration: the 'pending'
 *   account POST /v1/registrations creates (validated later by an adviser, never by a kiosk);
 * - 'provisional': what a registered person may do with the provisional codes they chose, from
 *   the moment their registration is sent until an adviser validates it at the appointment (their
 *   own profile and registration, sending documents, CVs), and of course any 'espace' user too.
 *   Everything else (actualisation, letters, security keys…) needs a validated registration.
 */
export type UserAccess = 'espace' | 'passwordChange' | 'registration' | 'provisional';

/**
 * The SQL expression giving a user's registration status ('draft', 'submitted' or NULL), for the
 * queries that load a UserState: `u` is the users row.
 */
export const REGISTRATION_STATUS_SQL =
  '(SELECT r.status FROM registrations r WHERE r.user_id = u.id) AS registration_status';

export interface UserState {
  status: string;
  must_change_password: number;
  registration_status?: string | null;
}

/** A pending account whose registration is sent: it may use the provisional scope. */
export const isRegistered = (user: UserState): boolean =>
  user.status === 'pending' && user.registration_status === 'submitted';

/** 403 with a code the kiosk can act on; the message names the state, never the user. */
export function checkUserAccess(user: UserState, access: UserAccess): void {
  if (user.status === 'pending') {
    if (access === 'registration') return;
    if (access === 'provisional' && isRegistered(user)) return;
    throw new ApiError(
      403,
      'account_pending',
      isRegistered(user)
        ? 'Not available with provisional codes: the registration is validated at the appointment'
        : 'This account is a registration not yet validated',
    );
  }
  if (user.status !== 'active')
    throw new ApiError(403, 'account_inactive', 'This account cannot be used on a kiosk');
  // An active account on a registration route: ownRegistration finds no draft of theirs (404).
  if ((access === 'espace' || access === 'provisional') && user.must_change_password === 1)
    throw new ApiError(
      403,
      'password_change_required',
      'The password is temporary: change it before anything else',
    );
}

/**
 * User auth: terminal auth plus `X-User-Token`, a live session opened on this same terminal (a
 * token read off one kiosk is useless on another), of a user whose state allows `access`.
 */
export function authenticateUser(
  db: Db,
  request: FastifyRequest,
  now: Date,
  access: UserAccess = 'espace',
): UserPrincipal {
  const terminal = authenticateTerminal(db, request, now);
  const tokenHash = userTokenHash(request);
  if (!tokenHash) throw invalidUserToken();
  const row = db
    .prepare(
      `SELECT s.user_id, u.status, u.must_change_password, ${REGISTRATION_STATUS_SQL}
       FROM user_sessions s
       JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.terminal_id = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    )
    .get(tokenHash, terminal.terminalId, now.toISOString()) as
    (UserState & { user_id: number }) | undefined;
  if (!row) throw invalidUserToken();
  checkUserAccess(row, access);
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
  access: UserAccess = 'espace',
): TerminalPrincipal & { userId: number } {
  const grantHash = submissionGrantHash(request);
  if (grantHash === undefined || request.headers['x-user-token'] !== undefined) {
    const { terminalId, userId } = authenticateUser(db, request, now, access);
    return { terminalId, userId };
  }
  const terminal = authenticateTerminal(db, request, now);
  const row = db
    .prepare(
      `SELECT g.user_id, u.status, u.must_change_password, ${REGISTRATION_STATUS_SQL}
       FROM submission_grants g
       JOIN users u ON u.id = g.user_id
       WHERE g.grant_hash = ? AND g.terminal_id = ? AND g.expires_at > ?`,
    )
    .get(grantHash, terminal.terminalId, now.toISOString()) as
    (UserState & { user_id: number }) | undefined;
  if (!row) throw invalidUserToken();
  checkUserAccess(row, access);
  return { ...terminal, userId: row.user_id };
}
