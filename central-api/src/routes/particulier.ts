import { randomInt } from 'node:crypto';
import { normaliseNir } from '../../../shared/domain/nir';
import { particulierAccountSchema } from '../../../shared/domain/particulier';
import { normaliseSecretAnswer } from '../../../shared/domain/secretQuestions';
import {
  ANTI_ROBOT_CHANGES,
  ANTI_ROBOT_FAILURES_PER_WINDOW,
  answerChallenge,
  checkPass,
  createChallenge,
  replaceChallenge,
  spendPass,
} from '../accounts/antiRobot';
import { identifiantTaken } from '../accounts/identifiants';
import { newReference, parseOr400 } from '../accounts/registrations';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { employerCreated } from './employerSchemas';
import {
  answerChecked,
  answerRequest,
  challengeCreated,
  challengeParams,
  challengeRequest,
  particulierBody,
} from './particulierSchemas';
import { temporaryPassword } from '../accounts/temporaryPassword';
import { sealForMailer } from '../mailSecrets';

const challengeErrors = {
  404: refusal('challenge_not_found (unknown, or another terminal’s)'),
  409: refusal('challenge_closed, no_more_changes (or idempotency_request_in_flight)'),
  410: refusal('challenge_expired'),
};

/** An identifiant of the shape France Travail assigns (7 digits + 1 letter), free everywhere. */
function freeIdentifiant(taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${String(randomInt(10_000_000)).padStart(7, '0')}${'ABCDEFGHJKLMNPRSTUVWXYZ'[randomInt(23)]}`;
    if (!taken(id)) return id;
  }
}

/**
 * Particulier employeur space: the contrôle de sécurité (questions issued and answers
 * checked here), then the account. The central API assigns the identifiant and a temporary
 * password; three e-mails are recorded for the mailer; certification waits for an adviser.
 */
export function particulierRoutes(
  app: ApiApp,
  { db, hasher, now, idempotency, mailKey }: Deps,
): void {
  app.post(
    '/v1/anti-robot/challenges',
    {
      schema: {
        operationId: 'createAntiRobotChallenge',
        tags: ['employers'],
        summary: 'A contrôle de sécurité question (or a new one in place of `replaces`)',
        description: `Words and category are catalogue ids; the answer stays here. ${ANTI_ROBOT_CHANGES} changes per first question; 409 no_more_changes after that.`,
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: challengeRequest,
        response: {
          201: answer('Question', challengeCreated),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...challengeErrors,
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { replaces } = request.body;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () =>
          replaces
            ? replaceChallenge(db, replaces, terminalId, now())
            : createChallenge(db, terminalId, ANTI_ROBOT_CHANGES, now()),
      }));
    },
  );

  app.post(
    '/v1/anti-robot/challenges/:challengeId/answer',
    {
      schema: {
        operationId: 'answerAntiRobotChallenge',
        tags: ['employers'],
        summary: 'Check the answer: a pass token, or a fresh question after a wrong answer',
        description:
          'One answer per question. passed: true carries a one-time passToken (30 minutes) for POST /v1/employers/particulier; passed: false carries the next question.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        params: challengeParams,
        body: answerRequest,
        response: {
          200: answer('Checked', answerChecked),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...challengeErrors,
          422: refusals.idempotency[422],
          429: refusal(
            `rate_limited: ${ANTI_ROBOT_FAILURES_PER_WINDOW} wrong answers from this terminal within 15 minutes (Retry-After)`,
          ),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { challengeId } = request.params;
      const { answer: given } = request.body;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => answerChallenge(db, challengeId, terminalId, given, now()),
      }));
    },
  );

  app.post(
    '/v1/employers/particulier',
    {
      schema: {
        operationId: 'createParticulierAccount',
        tags: ['employers'],
        summary: 'Create a particulier employeur space (after the contrôle de sécurité)',
        description:
          'Assigns the identifiant and a temporary password, both only e-mailed (confirm_email, then identifiant and temporary_password once the address is confirmed). The space stays pending_adviser until an adviser certifies it. 403 anti_robot_required; 409 account_exists (a space already has this NIR).',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: particulierBody,
        response: {
          ...employerCreated,
          ...refusals.badRequest,
          ...refusals.busy,
          ...refusals.terminalAuth,
          403: refusal('anti_robot_required'),
          409: refusal('account_exists (or idempotency_request_in_flight)'),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { body } = request;
      const account = parseOr400(particulierAccountSchema, body.account, 'body/account');
      const { etatCivil, coordonnees, securite } = account;
      const nir = normaliseNir(etatCivil.nir);
      return idempotency.execute(request, reply, terminalId, async () => {
        // Spent in the transaction below; checked here so that no pass means no argon2 work.
        checkPass(db, body.passToken, terminalId, now());
        const password = temporaryPassword();
        const hash = await hasher.hash(password);
        const answerHash = await hasher.hash(normaliseSecretAnswer(securite.reponseSecrete));
        return {
          status: 201,
          commit: () => {
            const at = now();
            spendPass(db, body.passToken, terminalId, at);
            const exists = db
              .prepare(
                `SELECT 1 FROM employer_accounts WHERE kind = 'particulier' AND json_extract(profile_json, '$.etatCivil.nir') = ?`,
              )
              .get(nir);
            if (exists)
              throw new ApiError(409, 'account_exists', 'A particulier space has this NIR');
            const identifiant = freeIdentifiant((id) => identifiantTaken(db, id));
            const reference = newReference('PEM');
            const { emailConfirmation: _c, ...contact } = coordonnees;
            const profile = {
              etatCivil: { ...etatCivil, nir },
              coordonnees: contact,
              cguAcceptedAt: at.toISOString(),
            };
            db.prepare(
              `INSERT INTO employer_accounts (kind, identifiant, password_hash, profile_json, siret, certification, reference, created_at, must_change_password, secret_question, secret_answer_hash)
               VALUES ('particulier', ?, ?, ?, NULL, 'pending_adviser', ?, ?, 1, ?, ?)`,
            ).run(
              identifiant,
              hash,
              JSON.stringify(profile),
              reference,
              at.toISOString(),
              securite.questionSecrete,
              answerHash,
            );
            // Seed 000: the address is confirmed first; the identifiant and the temporary password
            // follow once it is. The password is in its own e-mail only, as for a forgotten
            // password (passwords.ts); no e-mail carries the NIR.
            const email = db.prepare(
              `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (NULL, ?, ?, ?)`,
            );
            email.run('employer_confirm_email', JSON.stringify({ reference }), at.toISOString());
            email.run(
              'employer_identifiant',
              JSON.stringify({ reference, identifiant, after: 'email_confirmed' }),
              at.toISOString(),
            );
            email.run(
              'employer_temporary_password',
              JSON.stringify({
                reference,
                after: 'email_confirmed',
                sealed: sealForMailer(mailKey, { temporaryPassword: password }),
              }),
              at.toISOString(),
            );
            return { reference, certification: 'pending_adviser' };
          },
        };
      });
    },
  );
}
