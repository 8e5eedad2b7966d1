import { z } from 'zod';
import { maskEmail } from '../../../shared/domain/email';
import { normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { normaliseSecretAnswer, secretQuestionIds } from '../../../shared/domain/secretQuestions';
import { authenticateTerminal, authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { passwordChange } from '../accounts/passwordChange';
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
import { temporaryPassword } from '../accounts/temporaryPassword';
import { sealForMailer } from '../mailSecrets';
import { createTerminalThrottle, LOOKUPS_PER_TERMINAL_PER_MINUTE } from '../terminalThrottle';
import { isoAfter, sha256Hex } from '../tokens';

const identifiantProp = z.string().min(1).max(40);

/** How long a temporary password from a reset may be used; the old password works meanwhile. */
export const TEMPORARY_PASSWORD_HOURS = 72;

const wrongAnswer = (): ApiError =>
  new ApiError(401, 'invalid_credentials', 'Identifiant or secret answer is not recognised');

interface ResetRow {
  id: number;
  secret_question: string | null;
  secret_answer_hash: string | null;
}

export function passwordRoutes(
  app: ApiApp,
  { db, hasher, now, idempotency, signInLimits, mailKey }: Deps,
): void {
  const questionLookups = createTerminalThrottle(
    db,
    'secret-question',
    LOOKUPS_PER_TERMINAL_PER_MINUTE.secretQuestion,
    'secret question lookups',
  );
  const findUser = (identifiant: string) =>
    db
      .prepare('SELECT id, secret_question, secret_answer_hash FROM users WHERE identifiant = ?')
      .get(normaliseIdentifiant(identifiant)) as ResetRow | undefined;

  app.post(
    '/v1/password-resets/question',
    {
      schema: {
        operationId: 'secretQuestionFor',
        tags: ['passwords'],
        summary: 'The secret question of an identifiant, to reset a forgotten password',
        description:
          'An unknown identifiant gets a question too, always the same for that identifiant, so the answer does not tell whether it exists. An account without a secret question gets null: its holder is told to ask at the reception desk, rather than shown a question nobody can answer.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({ identifiant: identifiantProp }),
        response: {
          200: answer(
            'The question id (the kiosk shows its wording)',
            z
              .object({ questionSecrete: z.enum(secretQuestionIds).nullable() })
              .describe('The question id (the kiosk shows its wording)'),
          ),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          429: refusal('rate_limited: too many question lookups from this terminal'),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      questionLookups(terminalId, now());
      const { identifiant } = request.body;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          const user = findUser(identifiant);
          const decoy =
            secretQuestionIds[
              parseInt(
                sha256Hex(`question\0${normaliseIdentifiant(identifiant)}`).slice(0, 8),
                16,
              ) % secretQuestionIds.length
            ];
          if (user && !user.secret_question) return { questionSecrete: null };
          return { questionSecrete: user?.secret_question ?? decoy };
        },
      }));
    },
  );

  app.post(
    '/v1/password-resets',
    {
      schema: {
        operationId: 'resetPassword',
        tags: ['passwords'],
        summary: 'Forgotten password: the right secret answer sends a temporary password by e-mail',
        description:
          'The temporary password is never in the answer: it is recorded for the mailer (outgoing_emails, sealed with the mail key) and must be changed at the next sign-in; the old password stays valid until the temporary one is used (72 h). Sent by e-mail, the answer names the address masked (maskedEmail, "c…@l…fr") so the user knows where to look. Unknown identifiant and wrong answer give the same 401 invalid_credentials. After 5 wrong answers in a row an identifiant is locked for 15 minutes (429 account_locked); a terminal may try 30 guarded attempts a minute (429 rate_limited).',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({
          identifiant: identifiantProp,
          reponseSecrete: z.string().min(1).max(60),
        }),
        response: {
          202: answer(
            'Temporary password sent',
            z
              .object({ sentBy: z.enum(['email', 'post']), maskedEmail: z.string().optional() })
              .describe('Temporary password sent'),
          ),
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
      const { body } = request;
      return idempotency.execute(request, reply, terminalId, async () => {
        signInLimits.before(terminalId, body.identifiant, now(), 'secret-answer');
        const user = findUser(body.identifiant);
        const ok = await hasher.verify(
          user?.secret_answer_hash ?? undefined,
          normaliseSecretAnswer(body.reponseSecrete),
        );
        if (!user || !ok) {
          signInLimits.failed(body.identifiant, now(), 'secret-answer');
          throw wrongAnswer();
        }
        signInLimits.succeeded(body.identifiant, 'secret-answer');
        const password = temporaryPassword();
        const hash = await hasher.hash(password);
        const at = now();
        return {
          status: 202,
          commit: () => {
            // Beside the password, not over it: whoever knows the answer cannot lock the person out.
            db.prepare(
              'UPDATE users SET temporary_password_hash = ?, temporary_password_expires_at = ? WHERE id = ?',
            ).run(hash, isoAfter(at, TEMPORARY_PASSWORD_HOURS * 3600), user.id);
            const email = (
              db.prepare('SELECT email FROM users WHERE id = ?').get(user.id) as {
                email: string | null;
              }
            ).email;
            db.prepare(
              `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (?, 'temporary_password', ?, ?)`,
            ).run(
              user.id,
              JSON.stringify({
                via: email ? 'email' : 'post',
                sealed: sealForMailer(mailKey, { temporaryPassword: password }),
              }),
              at.toISOString(),
            );
            return email
              ? { sentBy: 'email' as const, maskedEmail: maskEmail(email) }
              : { sentBy: 'post' as const };
          },
        };
      });
    },
  );

  app.post(
    '/v1/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['passwords'],
        summary: 'Change the signed-in user’s password (required after a temporary one)',
        description:
          '401 invalid_credentials when the current password is wrong; 400 password_policy when the new one breaks the policy.',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({
          motDePasseActuel: z.string().min(1).max(128).optional(),
          nouveauMotDePasse: z.string().min(1).max(128),
        }),
        response: {
          204: noContent('Changed'),
          ...refusals.badRequest,
          ...refusals.busy,
          401: refusal('invalid_terminal_token, invalid_user_token or invalid_credentials'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId, userId } = authenticateUser(db, request, now(), 'passwordChange');
      const { body } = request;
      const user = db
        .prepare('SELECT identifiant, password_hash, must_change_password FROM users WHERE id = ?')
        .get(userId) as {
        identifiant: string;
        password_hash: string;
        must_change_password: number;
      };
      const change = passwordChange(hasher, user, body, (hash) =>
        db
          .prepare('UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?')
          .run(hash, userId),
      );
      return idempotency.execute(request, reply, terminalId, change);
    },
  );
}
