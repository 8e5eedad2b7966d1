import type { FastifyRequest } from 'fastify';
import { agencyByCode } from '../agencies';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, noContent, refusal, refusals } from '../apiSchemas';
import { countFailureSql, failureCountSql, failureTimes } from '../failureCount';
import { isoAfter, newToken, sha256Hex } from '../tokens';
import {
  authenticateStaff,
  clearStaffCookie,
  setStaffCookie,
  staffSessionToken,
  STAFF_SESSION_TTL_SECONDS,
  type StaffPrincipal,
  type StaffRole,
} from './auth';
import { auditStaff } from './audit';
import { createWindowThrottle, defaultStaffLockout, type StaffLockoutOptions } from './limits';
import { staffConsoleHeaders, staffMe, staffSignInRequest } from './schemas';

interface AccountRow {
  id: number;
  identifiant: string;
  nom: string;
  role: StaffRole;
  agency_code: string | null;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
}

export const staffSecurity = [{ staffSession: [] }];

const invalidCredentials = (): ApiError =>
  new ApiError(401, 'invalid_credentials', 'Identifiant or password is not recognised');
const accountLocked = (seconds: number): ApiError =>
  new ApiError(
    429,
    'account_locked',
    'Too many failed attempts for this identifiant; try again later',
    seconds,
  );

export const meOf = (staff: StaffPrincipal) => ({
  identifiant: staff.identifiant,
  nom: staff.nom,
  role: staff.role,
  agencyCode: staff.agencyCode,
  agencyNom: staff.agencyCode ? (agencyByCode(staff.agencyCode)?.nom ?? null) : null,
});

const secure = (request: FastifyRequest): boolean => request.protocol === 'https';

/**
 * Staff sign-in, sign-out and "who am I". Failures in a row lock the identifiant, known or not,
 * so a 429 never tells whether an identifiant exists; known accounts count on their row, unknown
 * identifiants in sign_in_failures under a key of their own.
 */
export function staffSessionRoutes(
  app: ApiApp,
  { db, hasher, now, idempotency }: Deps,
  limits: StaffLockoutOptions = defaultStaffLockout,
): void {
  const perSource = createWindowThrottle(
    db,
    'staff-sign-in',
    limits.perSourcePerMinute,
    'staff sign-ins',
  );
  const unknownKey = (identifiant: string) => sha256Hex(`staff\0${identifiant}`);

  /** The lock's end (ms) if the identifiant is locked now. */
  function lockedUntil(account: AccountRow | undefined, identifiant: string, at: number): number {
    const until = account
      ? account.locked_until
      : (
          db
            .prepare('SELECT locked_until FROM sign_in_failures WHERE identifiant_hash = ?')
            .get(unknownKey(identifiant)) as { locked_until: string | null } | undefined
        )?.locked_until;
    const end = until ? Date.parse(until) : 0;
    return end > at ? end : 0;
  }

  // One statement per failure on the account's row, or on the unknown identifiant's
  // (failureCount.ts): failures arriving together on several API instances are all counted.
  const account = failureCountSql({ table: 'staff_accounts', failures: 'failed_attempts' });
  const countAccount = db.prepare(
    `UPDATE staff_accounts SET failed_attempts = ${account.failures},
       locked_until = ${account.lockedUntil}
     WHERE id = @id RETURNING locked_until`,
  );
  const countUnknown = db.prepare(
    countFailureSql({ table: 'sign_in_failures', key: 'identifiant_hash' }),
  );

  /** Counts a failure; true when the identifiant is now locked (by this one or an earlier one). */
  function countFailure(row: AccountRow | undefined, identifiant: string, at: Date): boolean {
    const params = { ...failureTimes(at, limits.lockSeconds), max: limits.maxFailures };
    const counted = (
      row
        ? countAccount.get({ ...params, id: row.id })
        : countUnknown.get({ ...params, key: unknownKey(identifiant) })
    ) as { locked_until: string | null } | undefined;
    return !!counted?.locked_until;
  }

  app.post(
    '/v1/staff/sessions',
    {
      schema: {
        operationId: 'staffSignIn',
        tags: ['staff'],
        summary: 'Sign a staff member in to the console (sets the ft_staff cookie)',
        description:
          'An unknown identifiant and a wrong password give the same 401 invalid_credentials, in the same time. After 5 failures in a row an identifiant (known or not) is locked for 15 minutes: 429 account_locked with retryAfterSeconds. 20 attempts a minute per source address (429 rate_limited). The session lasts 8 hours; its token is only in the HttpOnly cookie.',
        headers: staffConsoleHeaders,
        body: staffSignInRequest,
        response: {
          201: answer('Signed in; Set-Cookie carries the session', staffMe),
          ...refusals.badRequest,
          401: refusal('invalid_credentials'),
          403: refusal('staff_console_header_required'),
          ...refusals.idempotency,
          429: refusal('rate_limited (this address) or account_locked (this identifiant)'),
          ...refusals.busy,
          ...refusals.unsupported,
        },
      },
      // The session token travels only in the cookie: moved out of the body here, on the first
      // answer and on an idempotent replay alike (the replay sets the same cookie again).
      preSerialization: async (request, reply, payload: unknown) => {
        if (payload && typeof payload === 'object' && 'sessionToken' in payload) {
          const { sessionToken, ...rest } = payload as { sessionToken: string };
          setStaffCookie(reply, sessionToken, secure(request));
          return rest;
        }
        return payload;
      },
    },
    async (request, reply) => {
      const at = now();
      perSource(request.ip, at);
      const identifiant = request.body.identifiant.trim().toLowerCase();
      return idempotency.execute(request, reply, 'staff-sign-in', async () => {
        const account = db
          .prepare(
            `SELECT id, identifiant, nom, role, agency_code, password_hash, failed_attempts,
               locked_until FROM staff_accounts WHERE identifiant = ?`,
          )
          .get(identifiant) as AccountRow | undefined;
        const lockEnd = lockedUntil(account, identifiant, at.getTime());
        if (lockEnd) throw accountLocked((lockEnd - at.getTime()) / 1000);
        // Always one argon2 verify, known identifiant or not, so timing does not tell them apart.
        const ok = await hasher.verify(account?.password_hash, request.body.motDePasse);
        if (!account || !ok) {
          const locked = countFailure(account, identifiant, at);
          // The typed identifiant is not recorded: a password typed in the wrong field would be.
          auditStaff(db, {
            staffId: account?.id ?? null,
            action: 'sign_in_failed',
            detail: { locked },
            at,
          });
          if (locked) throw accountLocked(limits.lockSeconds);
          throw invalidCredentials();
        }
        const principal: StaffPrincipal = {
          staffId: account.id,
          identifiant: account.identifiant,
          nom: account.nom,
          role: account.role,
          agencyCode: account.agency_code,
        };
        return {
          status: 201,
          commit: () => {
            const sessionToken = newToken();
            db.prepare(
              'UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?',
            ).run(account.id);
            db.prepare(
              `INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at)
               VALUES (?, ?, ?, ?)`,
            ).run(
              sha256Hex(sessionToken),
              account.id,
              at.toISOString(),
              isoAfter(at, STAFF_SESSION_TTL_SECONDS),
            );
            auditStaff(db, { staffId: account.id, action: 'sign_in', at });
            return { ...meOf(principal), sessionToken };
          },
        };
      });
    },
  );

  app.delete(
    '/v1/staff/sessions/current',
    {
      schema: {
        operationId: 'staffSignOut',
        tags: ['staff'],
        summary: 'Sign the staff member out (revokes the session, clears the cookie)',
        description: 'Answers 204 even without a live session, so it is safe to repeat.',
        security: staffSecurity,
        headers: staffConsoleHeaders,
        response: {
          204: noContent('Signed out (or was already)'),
          ...refusals.badRequest,
          403: refusal('staff_console_header_required'),
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const token = staffSessionToken(request);
      if (token) {
        const row = db
          .prepare(
            'SELECT staff_id FROM staff_sessions WHERE token_hash = ? AND revoked_at IS NULL',
          )
          .get(sha256Hex(token)) as { staff_id: number } | undefined;
        if (row) {
          db.prepare('UPDATE staff_sessions SET revoked_at = ? WHERE token_hash = ?').run(
            at.toISOString(),
            sha256Hex(token),
          );
          auditStaff(db, { staffId: row.staff_id, action: 'sign_out', at });
        }
      }
      clearStaffCookie(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/staff/me',
    {
      schema: {
        operationId: 'staffMe',
        tags: ['staff'],
        summary: 'The signed-in staff member: name, role, agency',
        security: staffSecurity,
        response: {
          200: answer('The staff member', staffMe),
          401: refusal('staff_auth_required'),
        },
      },
    },
    async (request) => meOf(authenticateStaff(db, request, now())),
  );
}
