import { z } from 'zod';
import { formatFrenchPhone, parseFrenchPhone } from '../../../shared/domain/phone';
import type { ProfilChange } from '../../../shared/domain/profil';
import { normaliseSecretAnswer } from '../../../shared/domain/secretQuestions';
import { authenticateSubmitter, authenticateTerminal, authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  submitterSecurity,
  terminalSecurity,
  userSecurity,
} from '../apiSchemas';
import { sha256Hex } from '../tokens';
import { profil, profilChangeRecorded, profilChangeRequest } from './profilSchemas';
import { apply, checkChange, ensureProfile, settleRib, shown, statusOf } from './profilStore';

/**
 * « Mon profil »: the coordonnées, the bank account and the secret question of the signed-in job
 * seeker. Changes arrive through the kiosk's outbox (the user may have gone: a submission grant),
 * once per reference. A new e-mail address and a new bank account wait beside the values in use.
 */
export function profilRoutes(app: ApiApp, { db, now, idempotency, hasher, mailKey }: Deps): void {
  app.get(
    '/v1/me/profil',
    {
      schema: {
        operationId: 'getProfil',
        tags: ['profil'],
        summary:
          'The signed-in job seeker’s coordonnées, bank account (masked) and secret question',
        security: userSecurity,
        response: {
          200: answer('Profil', profil),
          401: refusal('invalid_terminal_token or invalid_user_token'),
          ...refusals.userState,
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const row = settleRib(db, userId, ensureProfile(db, userId, at), at);
      const user = db
        .prepare('SELECT email, secret_question FROM users WHERE id = ?')
        .get(userId) as { email: string | null; secret_question: string | null };
      const phone = row.telephone ? parseFrenchPhone(row.telephone) : null;
      return {
        adresse: row.adresse_json
          ? (JSON.parse(row.adresse_json) as z.infer<typeof profil>['adresse'])
          : null,
        telephone: phone ? formatFrenchPhone(phone) : null,
        email: user.email,
        emailEnAttente: row.email_pending,
        rib: row.rib_json ? shown(row.rib_json) : null,
        ribEnCours:
          row.rib_pending_json && row.rib_pending_since
            ? { ...shown(row.rib_pending_json), depuis: row.rib_pending_since }
            : null,
        questionSecrete: user.secret_question as z.infer<typeof profil>['questionSecrete'],
      };
    },
  );

  app.post(
    '/v1/me/profil/changes',
    {
      schema: {
        operationId: 'createProfilChange',
        tags: ['profil'],
        summary:
          'Change one part of the profile (address, phone, e-mail, bank account, secret question)',
        description:
          'The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the recorded change (a redelivery). A new address also becomes the code postal to sign in with. A new e-mail address is recorded for the mailer with a confirmation link (POST /v1/email-confirmations) and replaces the old one only when confirmed. A new bank account is checked for RIB_CHECK_HOURS before payments go to it.',
        security: submitterSecurity,
        headers: idempotencyHeaders,
        body: profilChangeRequest,
        response: {
          201: answer('Recorded', profilChangeRecorded),
          400: refusal(
            'invalid_request, iban_invalid (with the reason: check key, length, country) or phone_invalid',
          ),
          ...refusals.submitterAuth,
          ...refusals.userState,
          409: refusal(
            'rib_change_pending (a new bank account is being checked already), email_unchanged, reference_conflict, or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId, terminalId } = authenticateSubmitter(db, request, at);
      const { reference } = request.body;
      const change = request.body.change as ProfilChange;
      checkChange(change);
      const answerHash =
        change.kind === 'questionSecrete'
          ? await hasher.hash(normaliseSecretAnswer(change.data.reponseSecrete))
          : undefined;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const seen = db
            .prepare('SELECT user_id, kind, received_at FROM profile_changes WHERE reference = ?')
            .get(reference) as { user_id: number; kind: string; received_at: string } | undefined;
          if (seen && (seen.user_id !== userId || seen.kind !== change.kind))
            throw new ApiError(409, 'reference_conflict', 'This reference is taken');
          const status = statusOf(change);
          if (seen) return { reference, kind: change.kind, receivedAt: seen.received_at, status };
          apply(db, mailKey, userId, change, at, answerHash);
          db.prepare(
            `INSERT INTO profile_changes (reference, user_id, kind, terminal_id, received_at)
             VALUES (?, ?, ?, ?, ?)`,
          ).run(reference, userId, change.kind, terminalId, at.toISOString());
          return { reference, kind: change.kind, receivedAt: at.toISOString(), status };
        },
      }));
    },
  );

  app.post(
    '/v1/email-confirmations',
    {
      schema: {
        operationId: 'confirmEmail',
        tags: ['profil'],
        summary:
          'The link in the confirmation message: the new e-mail address replaces the old one',
        description:
          'Called by the web page the link opens (not by the kiosk). An unknown, used or expired token gives 404 confirmation_unknown and says nothing more.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({ token: z.string().min(16).max(128) }),
        response: {
          200: answer('Confirmed', z.strictObject({ confirmed: z.literal(true) })),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('confirmation_unknown'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      const tokenHash = sha256Hex(request.body.token);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          const row = db
            .prepare(
              'SELECT user_id, email_pending, email_token_expires_at FROM user_profiles WHERE email_token_hash = ?',
            )
            .get(tokenHash) as
            | { user_id: number; email_pending: string | null; email_token_expires_at: string }
            | undefined;
          if (!row?.email_pending || row.email_token_expires_at <= at.toISOString())
            throw new ApiError(404, 'confirmation_unknown', 'No such confirmation');
          db.prepare('UPDATE users SET email = ? WHERE id = ?').run(row.email_pending, row.user_id);
          db.prepare(
            `UPDATE user_profiles SET email_pending = NULL, email_token_hash = NULL,
               email_token_expires_at = NULL, updated_at = ? WHERE user_id = ?`,
          ).run(at.toISOString(), row.user_id);
          return { confirmed: true as const };
        },
      }));
    },
  );
}
