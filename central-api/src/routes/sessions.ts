import {
  authenticateTerminal,
  checkUserAccess,
  isRegistered,
  REGISTRATION_STATUS_SQL,
  userTokenHash,
} from '../auth';
import type { Deps } from '../deps';
import { ApiError, invalidUserToken } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  noContent,
  refusal,
  refusals,
  terminalSecurity,
  userSecurity,
} from '../apiSchemas';
import { sessionCreated, signInRequest } from './sessionSchemas';
import { openUserSession } from '../userSessions';

interface UserRow {
  id: number;
  password_hash: string;
  code_postal: string;
  prenom: string;
  nom: string;
  must_change_password: number;
  temporary_password_hash: string | null;
  temporary_password_expires_at: string | null;
  status: string;
  registration_status: string | null;
}

const invalidCredentials = (): ApiError =>
  new ApiError(
    401,
    'invalid_credentials',
    'Identifiant, password or code postal is not recognised',
  );

/** The temporary password of a reset not yet used nor expired. */
function pendingTemporaryPassword(user: UserRow, at: Date): string | undefined {
  const until = user.temporary_password_expires_at;
  return user.temporary_password_hash && until && Date.parse(until) > at.getTime()
    ? user.temporary_password_hash
    : undefined;
}

/**
 * The temporary password, once used, becomes the password, to be replaced at once; the usual
 * password used instead cancels the reset (the person remembered it).
 */
function settleReset(db: Deps['db'], user: UserRow, usedTemporary: boolean): void {
  if (usedTemporary)
    db.prepare(
      `UPDATE users SET password_hash = temporary_password_hash, must_change_password = 1,
         temporary_password_hash = NULL, temporary_password_expires_at = NULL WHERE id = ?`,
    ).run(user.id);
  else if (user.temporary_password_hash)
    db.prepare(
      'UPDATE users SET temporary_password_hash = NULL, temporary_password_expires_at = NULL WHERE id = ?',
    ).run(user.id);
}

export function sessionRoutes(
  app: ApiApp,
  { db, hasher, now, idempotency, signInLimits }: Deps,
): void {
  app.post(
    '/v1/sessions',
    {
      schema: {
        operationId: 'signIn',
        tags: ['sessions'],
        summary: 'Sign a job seeker in on this terminal',
        description:
          'Unknown identifiant, wrong password and wrong code postal all give the same 401 invalid_credentials, in the same time. A sent registration not yet validated signs in with access "provisional" (its own registration, documents, CVs); a draft in progress gets 403 account_pending. The right identifiant and password of an employer space (entreprise or particulier employeur, whatever the code postal) give 403 employer_space: those spaces sign in at POST /v1/employer-sessions, and the kiosk then points to its employer door. After 5 failures in a row an identifiant (known or not) is locked for 15 minutes: 429 account_locked with retryAfterSeconds and Retry-After. A terminal may try 30 sign-ins a minute (429 rate_limited). The answer carries a submission grant (72 h) for the outbox.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: signInRequest,
        response: {
          201: answer('Signed in', sessionCreated),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_credentials'),
          403: refusal(
            'account_pending (a registration not yet validated), employer_space (the codes of an employer space) or account_inactive',
          ),
          ...refusals.idempotency,
          ...refusals.rateLimited,
          ...refusals.busy,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      return idempotency.execute(request, reply, terminalId, async () => {
        const { body } = request;
        signInLimits.before(terminalId, body.identifiant, now());
        const user = db
          .prepare(
            `SELECT id, password_hash, code_postal, prenom, nom, must_change_password, status,
               temporary_password_hash, temporary_password_expires_at,
               ${REGISTRATION_STATUS_SQL} FROM users u WHERE identifiant = ?`,
          )
          .get(body.identifiant.toUpperCase()) as UserRow | undefined;
        // Identifiants are one namespace across job seekers and employers (identifiantTaken).
        const employer = user
          ? undefined
          : (db
              .prepare('SELECT password_hash FROM employer_accounts WHERE identifiant = ?')
              .get(body.identifiant.toUpperCase()) as { password_hash: string } | undefined);
        // Always one argon2 verify, whatever is wrong, so timing does not tell the cases apart.
        let passwordOk = await hasher.verify(
          user?.password_hash ?? employer?.password_hash,
          body.motDePasse,
        );
        // A pending reset's temporary password is tried only when the usual one failed (a second
        // verify: the time then says a reset is pending, which tells nothing of either password).
        const temporary = user && pendingTemporaryPassword(user, now());
        const usedTemporary =
          !passwordOk && !!temporary && (await hasher.verify(temporary, body.motDePasse));
        passwordOk ||= usedTemporary;
        if (employer && passwordOk) {
          // Only the right password learns that this is an employer space, no more than a
          // successful sign-in would; the failure count restarts as after any right password.
          signInLimits.succeeded(body.identifiant);
          throw new ApiError(403, 'employer_space', 'These are the codes of an employer space');
        }
        if (!user || !passwordOk || user.code_postal !== body.codePostal) {
          signInLimits.failed(body.identifiant, now());
          throw invalidCredentials();
        }
        signInLimits.succeeded(body.identifiant);
        // A sent registration signs in with its provisional codes, to a restricted space; a draft
        // still in progress has its own way back in (POST /v1/registrations/resume).
        const provisional = isRegistered(user);
        if (!provisional) checkUserAccess(user, 'passwordChange');
        const at = now();
        return {
          status: 201,
          commit: () => {
            settleReset(db, user, usedTemporary);
            return {
              ...openUserSession(db, { userId: user.id, terminalId, at }),
              profile: { prenom: user.prenom, nom: user.nom },
              // A temporary password (forgotten-password reset) must be replaced first.
              mustChangePassword: usedTemporary || user.must_change_password === 1,
              access: provisional ? ('provisional' as const) : ('espace' as const),
            };
          },
        };
      });
    },
  );

  app.post(
    '/v1/sessions/logout',
    {
      schema: {
        operationId: 'signOut',
        tags: ['sessions'],
        summary: 'Revoke the user token',
        description:
          'Answers 204 even when the user token is already revoked, expired or unknown, so it is safe to repeat. No body is needed.',
        security: userSecurity,
        headers: idempotencyHeaders,
        response: {
          204: noContent('Signed out (or was already)'),
          ...refusals.badRequest,
          401: refusal(
            'invalid_terminal_token, or invalid_user_token when X-User-Token is missing',
          ),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const tokenHash = userTokenHash(request);
      if (!tokenHash) throw invalidUserToken();
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 204,
        commit: () => {
          db.prepare(
            `UPDATE user_sessions SET revoked_at = ?
             WHERE token_hash = ? AND terminal_id = ? AND revoked_at IS NULL`,
          ).run(now().toISOString(), tokenHash, terminalId);
          return undefined;
        },
      }));
    },
  );
}
