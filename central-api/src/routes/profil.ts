import { z } from 'zod';
import { formatFrenchPhone, parseFrenchPhone } from '../../../shared/domain/phone';
import {
  ibanProblem,
  maskIban,
  profilChangeSchema,
  type ProfilChange,
} from '../../../shared/domain/profil';
import { normaliseSecretAnswer } from '../../../shared/domain/secretQuestions';
import { authenticateSubmitter, authenticateTerminal, authenticateUser } from '../auth';
import type { Db } from '../db/open';
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
import { sealForMailer, type MailKey } from '../mailSecrets';
import { isoAfter, newToken, sha256Hex } from '../tokens';
import { profil, profilChangeRecorded, profilChangeRequest } from './profilSchemas';

/** How long France Travail takes to check a new bank account before paying into it. */
export const RIB_CHECK_HOURS = 48;
/** How long the link sent to a new e-mail address confirms it. */
export const EMAIL_CONFIRMATION_HOURS = 7 * 24;

interface ProfileRow {
  adresse_json: string | null;
  telephone: string | null;
  rib_json: string | null;
  rib_pending_json: string | null;
  rib_pending_since: string | null;
  email_pending: string | null;
}
interface Rib {
  titulaire: string;
  iban: string;
  bic: string;
}

/**
 * The profile row, made on first use. A person registered at a terminal starts from the
 * coordonnées of their registration, so « Mon profil » shows what they gave then.
 */
function ensureProfile(db: Db, userId: number, at: Date): ProfileRow {
  const found = db.prepare('SELECT * FROM user_profiles WHERE user_id = ?').get(userId) as
    ProfileRow | undefined;
  if (found) return found;
  const registration = db
    .prepare('SELECT draft_json FROM registrations WHERE user_id = ?')
    .get(userId) as { draft_json: string } | undefined;
  const c = registration
    ? ((JSON.parse(registration.draft_json) as { coordonnees?: Record<string, unknown> })
        .coordonnees ?? {})
    : {};
  const text = (key: string) => (typeof c[key] === 'string' ? c[key] : '');
  const adresse =
    text('adresse') && c.commune
      ? JSON.stringify({
          adresse: text('adresse'),
          complement: text('complement'),
          codePostal: text('codePostal'),
          commune: c.commune,
        })
      : null;
  const phone = parseFrenchPhone(text('telephonePortable') || text('telephoneFixe'));
  db.prepare(
    'INSERT INTO user_profiles (user_id, adresse_json, telephone, updated_at) VALUES (?, ?, ?, ?)',
  ).run(userId, adresse, phone?.national ?? null, at.toISOString());
  return db.prepare('SELECT * FROM user_profiles WHERE user_id = ?').get(userId) as ProfileRow;
}

/** A bank account checked long enough ago becomes the one payments go to. */
function settleRib(db: Db, userId: number, row: ProfileRow, at: Date): ProfileRow {
  if (!row.rib_pending_json || !row.rib_pending_since) return row;
  if (at.getTime() - Date.parse(row.rib_pending_since) < RIB_CHECK_HOURS * 3600_000) return row;
  db.prepare(
    `UPDATE user_profiles SET rib_json = rib_pending_json, rib_pending_json = NULL,
       rib_pending_since = NULL, updated_at = ? WHERE user_id = ?`,
  ).run(at.toISOString(), userId);
  return {
    ...row,
    rib_json: row.rib_pending_json,
    rib_pending_json: null,
    rib_pending_since: null,
  };
}

const shown = (json: string) => {
  const rib = JSON.parse(json) as Rib;
  return { titulaire: rib.titulaire, ibanMasque: maskIban(rib.iban) };
};

/** The rules the kiosk ran, again here (the authority): each refusal names its reason. */
function checkChange(change: ProfilChange): void {
  const parsed = profilChangeSchema.safeParse(change);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const field = issue?.path.at(-1);
  if (change.kind === 'rib' && field === 'iban') {
    const problem = ibanProblem(change.data.iban);
    throw new ApiError(
      400,
      'iban_invalid',
      problem === 'key'
        ? 'The IBAN check key is wrong'
        : `The IBAN is not usable (${problem ?? ''})`,
    );
  }
  if (change.kind === 'telephone') throw new ApiError(400, 'phone_invalid', 'Not a French number');
  throw new ApiError(
    400,
    'invalid_request',
    `body/change/data/${String(field ?? '')} is not valid`,
  );
}

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

function statusOf(change: ProfilChange) {
  if (change.kind === 'email') return 'pending_confirmation' as const;
  if (change.kind === 'rib') return 'pending_check' as const;
  return 'applied' as const;
}

/** Inside the idempotent commit: one change applied, or refused with its reason. */
function apply(
  db: Db,
  mailKey: MailKey,
  userId: number,
  change: ProfilChange,
  at: Date,
  answerHash?: string,
): void {
  const iso = at.toISOString();
  const row = settleRib(db, userId, ensureProfile(db, userId, at), at);
  const set = (sql: string, ...params: unknown[]) =>
    db
      .prepare(`UPDATE user_profiles SET ${sql}, updated_at = ? WHERE user_id = ?`)
      .run(...params, iso, userId);
  switch (change.kind) {
    case 'adresse': {
      const { adresse, complement, codePostal, commune } = change.data;
      set('adresse_json = ?', JSON.stringify({ adresse, complement, codePostal, commune }));
      // The code postal signs in: the person's home is where their file is now.
      db.prepare('UPDATE users SET code_postal = ? WHERE id = ?').run(codePostal, userId);
      return;
    }
    case 'telephone':
      set('telephone = ?', parseFrenchPhone(change.data.telephone)?.national ?? null);
      return;
    case 'email': {
      const current = db.prepare('SELECT email FROM users WHERE id = ?').get(userId) as {
        email: string | null;
      };
      if (current.email?.toLowerCase() === change.data.email.toLowerCase())
        throw new ApiError(409, 'email_unchanged', 'This address is the one in use already');
      const token = newToken();
      set(
        'email_pending = ?, email_token_hash = ?, email_token_expires_at = ?',
        change.data.email,
        sha256Hex(token),
        isoAfter(at, EMAIL_CONFIRMATION_HOURS * 3600),
      );
      // For the mailer: sent to the NEW address only; the old one keeps receiving until confirmed.
      db.prepare(
        `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (?, 'email_confirmation', ?, ?)`,
      ).run(
        userId,
        // The link's token confirms the address: sealed for the mailer like any secret it sends.
        JSON.stringify({ to: change.data.email, sealed: sealForMailer(mailKey, { token }) }),
        iso,
      );
      return;
    }
    case 'rib':
      if (row.rib_pending_json)
        throw new ApiError(
          409,
          'rib_change_pending',
          'A new bank account is being checked already',
        );
      set('rib_pending_json = ?, rib_pending_since = ?', JSON.stringify(change.data), iso);
      return;
    case 'questionSecrete':
      db.prepare('UPDATE users SET secret_question = ?, secret_answer_hash = ? WHERE id = ?').run(
        change.data.questionSecrete,
        answerHash ?? null,
        userId,
      );
      return;
  }
}
