/** Database access of the WebAuthn routes (webauthn.ts): single-use challenges and stored keys. */
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { isoAfter } from '../tokens';

const CHALLENGE_TTL_SECONDS = 120;

export interface ChallengeRow {
  challenge: string;
  user_id: number | null;
  rp_id: string;
  origin: string;
}

export interface StoredCredential {
  id: string;
  user_id: number;
  public_key: Buffer;
  counter: number;
  transports: string;
  prenom: string;
  nom: string;
  must_change_password: number;
}

export const refused = (): ApiError =>
  new ApiError(401, 'webauthn_refused', 'The security key could not be verified');

export function storeChallenge(
  db: Db,
  at: Date,
  challenge: string,
  terminalId: string,
  userId: number | null,
  purpose: string,
  rp: { rpId: string; origin: string },
): void {
  db.prepare(
    `INSERT INTO webauthn_challenges (challenge, terminal_id, user_id, purpose, rp_id, origin, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    challenge,
    terminalId,
    userId,
    purpose,
    rp.rpId,
    rp.origin,
    isoAfter(at, CHALLENGE_TTL_SECONDS),
  );
}

export function takeChallenge(
  db: Db,
  challenge: string,
  terminalId: string,
  purpose: string,
  now: Date,
): ChallengeRow {
  const row = db
    .prepare(
      `SELECT challenge, user_id, rp_id, origin FROM webauthn_challenges
       WHERE challenge = ? AND terminal_id = ? AND purpose = ? AND expires_at > ?`,
    )
    .get(challenge, terminalId, purpose, now.toISOString()) as ChallengeRow | undefined;
  db.prepare('DELETE FROM webauthn_challenges WHERE challenge = ? OR expires_at <= ?').run(
    challenge,
    now.toISOString(),
  );
  if (!row) throw refused();
  return row;
}

export function challengeOf(response: { response?: { clientDataJSON?: unknown } }): string {
  try {
    const clientData = response.response?.clientDataJSON;
    const json = Buffer.from(typeof clientData === 'string' ? clientData : '', 'base64url');
    const { challenge } = JSON.parse(json.toString()) as { challenge?: unknown };
    return typeof challenge === 'string' ? challenge : '';
  } catch {
    return '';
  }
}

export function findCredential(db: Db, credentialId: string): StoredCredential | undefined {
  return db
    .prepare(
      `SELECT c.id, c.user_id, c.public_key, c.counter, c.transports, u.prenom, u.nom, u.must_change_password
       FROM webauthn_credentials c JOIN users u ON u.id = c.user_id WHERE c.id = ?`,
    )
    .get(credentialId) as StoredCredential | undefined;
}
