/**
 * « Mon profil »'s rows: the profile made on first use, a bank account settled once checked, each
 * change checked again (the central API is the authority) and applied inside the idempotent commit.
 * The routes in ./profil.ts stay the HTTP side.
 */
import { parseFrenchPhone } from '../../../shared/domain/phone';
import {
  ibanProblem,
  maskIban,
  profilChangeSchema,
  type ProfilChange,
} from '../../../shared/domain/profil';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { sealForMailer, type MailKey } from '../mailSecrets';
import { isoAfter, newToken, sha256Hex } from '../tokens';

/** How long France Travail takes to check a new bank account before paying into it. */
export const RIB_CHECK_HOURS = 48;
/** How long the link sent to a new e-mail address confirms it. */
export const EMAIL_CONFIRMATION_HOURS = 7 * 24;

export interface ProfileRow {
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
export function ensureProfile(db: Db, userId: number, at: Date): ProfileRow {
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
export function settleRib(db: Db, userId: number, row: ProfileRow, at: Date): ProfileRow {
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

export const shown = (json: string) => {
  const rib = JSON.parse(json) as Rib;
  return { titulaire: rib.titulaire, ibanMasque: maskIban(rib.iban) };
};

/** The rules the kiosk ran, again here (the authority): each refusal names its reason. */
export function checkChange(change: ProfilChange): void {
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

export function statusOf(change: ProfilChange) {
  if (change.kind === 'email') return 'pending_confirmation' as const;
  if (change.kind === 'rib') return 'pending_check' as const;
  return 'applied' as const;
}

/** Inside the idempotent commit: one change applied, or refused with its reason. */
export function apply(
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
