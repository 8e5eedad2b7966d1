import type { EmployerSpace } from '../../../shared/domain/employerSpace';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { passwordChange } from '../accounts/passwordChange';
import {
  answer,
  type ApiApp,
  employerSecurity,
  idempotencyHeaders,
  noContent,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { authenticateEmployer, employerTokenHash, openEmployerSession } from '../employer/auth';
import {
  employerPasswordRequest,
  employerSessionCreated,
  employerSignInRequest,
  employerSpace,
} from './employerSpaceSchemas';

interface AccountRow {
  id: number;
  kind: EmployerSpace['kind'];
  identifiant: string;
  password_hash: string;
  profile_json: string;
  certification: EmployerSpace['certification'];
  must_change_password: number;
  raison_sociale: string | null;
}

const ACCOUNT_SQL = `SELECT a.id, a.kind, a.identifiant, a.password_hash, a.profile_json, a.certification,
    a.must_change_password, e.raison_sociale
  FROM employer_accounts a LEFT JOIN establishments e ON e.siret = a.siret`;

/** What the employer dashboard shows: never the NIR, the e-mail or the phone. */
function spaceOf(row: AccountRow): EmployerSpace {
  const profile = JSON.parse(row.profile_json) as {
    prenom?: string;
    nom?: string;
    etatCivil?: { prenom?: string; nomUsage?: string; nomNaissance?: string };
  };
  const civil = profile.etatCivil;
  const name = [
    profile.prenom ?? civil?.prenom ?? '',
    profile.nom ?? (civil?.nomUsage || civil?.nomNaissance) ?? '',
  ]
    .join(' ')
    .trim();
  return {
    kind: row.kind,
    certification: row.certification,
    name,
    establishment: row.raison_sociale,
    mustChangePassword: row.must_change_password === 1,
  };
}

export function employerAccount(db: Db, employerId: number): AccountRow {
  return db.prepare(`${ACCOUNT_SQL} WHERE a.id = ?`).get(employerId) as AccountRow;
}

/**
 * The employer spaces (entreprise, particulier employeur) at the kiosk: sign-in with identifiant
 * and mot de passe, the same lockout and throttles as job seekers (signInLimits: identifiants are
 * one namespace), a temporary password replaced first, sign-out.
 */
export function employerSpaceRoutes(
  app: ApiApp,
  { db, hasher, now, idempotency, signInLimits }: Deps,
): void {
  app.post(
    '/v1/employer-sessions',
    {
      schema: {
        operationId: 'employerSignIn',
        tags: ['employer space'],
        summary: 'Sign an employer space in on this terminal',
        description:
          'Unknown identifiant and wrong password give the same 401 invalid_credentials in the same time (a job seeker’s codes too: this door is for employer spaces only). After 5 failures in a row an identifiant is locked for 15 minutes (429 account_locked); a terminal may try 30 sign-ins a minute (429 rate_limited). mustChangePassword: the password is temporary, only POST /v1/employer/password is open until it is replaced.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: employerSignInRequest,
        response: {
          201: answer('Signed in', employerSessionCreated),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_credentials'),
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
        const identifiant = body.identifiant.trim().toUpperCase();
        signInLimits.before(terminalId, identifiant, now());
        const account = db.prepare(`${ACCOUNT_SQL} WHERE a.identifiant = ?`).get(identifiant) as
          AccountRow | undefined;
        // Always one argon2 verify, whatever is wrong, so timing does not tell the cases apart.
        const passwordOk = await hasher.verify(account?.password_hash, body.motDePasse);
        if (!account || !passwordOk) {
          signInLimits.failed(identifiant, now());
          throw new ApiError(
            401,
            'invalid_credentials',
            'Identifiant or password is not recognised',
          );
        }
        signInLimits.succeeded(identifiant);
        const at = now();
        return {
          status: 201,
          commit: () => ({
            ...openEmployerSession(db, { employerId: account.id, terminalId, at }),
            space: spaceOf(account),
          }),
        };
      });
    },
  );

  app.post(
    '/v1/employer-sessions/logout',
    {
      schema: {
        operationId: 'employerSignOut',
        tags: ['employer space'],
        summary: 'Revoke the employer token',
        description: 'Answers 204 even when the token is already revoked, expired or unknown.',
        security: employerSecurity,
        headers: idempotencyHeaders,
        response: {
          204: noContent('Signed out (or was already)'),
          ...refusals.badRequest,
          401: refusal(
            'invalid_terminal_token, or invalid_employer_token when the header is missing',
          ),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const tokenHash = employerTokenHash(request);
      if (!tokenHash)
        throw new ApiError(401, 'invalid_employer_token', 'X-Employer-Token is missing');
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 204,
        commit: () => {
          db.prepare(
            `UPDATE employer_sessions SET revoked_at = ?
             WHERE token_hash = ? AND terminal_id = ? AND revoked_at IS NULL`,
          ).run(now().toISOString(), tokenHash, terminalId);
          return undefined;
        },
      }));
    },
  );

  app.get(
    '/v1/employer/me',
    {
      schema: {
        operationId: 'employerMe',
        tags: ['employer space'],
        summary: 'The signed-in employer space: kind, certification, name, establishment',
        security: employerSecurity,
        response: {
          200: answer('The space', employerSpace),
          401: refusal('invalid_terminal_token or invalid_employer_token'),
          403: refusal('password_change_required'),
        },
      },
    },
    async (request) => {
      const { employerId } = authenticateEmployer(db, request, now());
      return spaceOf(employerAccount(db, employerId));
    },
  );

  app.post(
    '/v1/employer/password',
    {
      schema: {
        operationId: 'employerChangePassword',
        tags: ['employer space'],
        summary: 'Change the employer’s password (required after a temporary one)',
        description:
          '401 invalid_credentials when the current password is wrong (not asked after a temporary one); 400 password_policy when the new one breaks the policy.',
        security: employerSecurity,
        headers: idempotencyHeaders,
        body: employerPasswordRequest,
        response: {
          204: noContent('Changed'),
          ...refusals.badRequest,
          ...refusals.busy,
          401: refusal('invalid_terminal_token, invalid_employer_token or invalid_credentials'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId, employerId } = authenticateEmployer(db, request, now(), 'passwordChange');
      const { body } = request;
      const account = employerAccount(db, employerId);
      const change = passwordChange(hasher, account, body, (hash) =>
        db
          .prepare(
            'UPDATE employer_accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?',
          )
          .run(hash, employerId),
      );
      return idempotency.execute(request, reply, terminalId, change);
    },
  );
}
