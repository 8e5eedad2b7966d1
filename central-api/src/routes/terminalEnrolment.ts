import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import {
  enrolmentCodeHash,
  rotateTerminalSecret,
  terminalByLabel,
  type EnrolmentGuard,
  type TerminalRow,
} from '../terminalIdentity';
import { TERMINAL_TOKEN_TTL_SECONDS, isoAfter, newToken, sha256Hex } from '../tokens';
import type { enrolRequest } from './terminalSchemas';

/** The sentinel enrolment_tokens row of terminals enrolled by a code (migration 0020). */
const CODES_TOKEN_HASH = 'per-terminal-codes';

export function issueAccessToken(db: Db, terminalId: string, at: Date): string {
  const accessToken = newToken();
  db.prepare(
    'INSERT INTO terminal_tokens (token_hash, terminal_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  ).run(
    sha256Hex(accessToken),
    terminalId,
    at.toISOString(),
    isoAfter(at, TERMINAL_TOKEN_TTL_SECONDS),
  );
  return accessToken;
}

interface CodeRow {
  code_hash: string;
  label: string;
  agency_code: string | null;
  expires_at: string;
  used_at: string | null;
}

/**
 * POST /v1/terminals/enrol's decision. A shared token enrols a new label only; a code enrols the
 * label it was issued for, new or not, once. Every refusal is recorded and counted against the
 * source address (EnrolmentGuard). Returns the idempotency outcome: the writes happen in commit,
 * which checks the label again (two first enrolments of one label racing: the second one loses).
 */
export function enrolment(db: Db, guard: EnrolmentGuard) {
  return (body: z.output<typeof enrolRequest>, source: string, at: Date) => {
    const refuse = (
      reason: 'invalid_enrolment_token' | 'invalid_enrolment_code' | 'terminal_already_enrolled',
      status: number,
      message: string,
    ) => guard.refuse(source, body.label, reason, at, new ApiError(status, reason, message));
    let tokenId: number;
    let code: CodeRow | undefined;
    const existing = terminalByLabel(db, body.label);
    if (body.enrolmentCode !== undefined) {
      code = db
        .prepare('SELECT * FROM enrolment_codes WHERE code_hash = ?')
        .get(enrolmentCodeHash(body.enrolmentCode)) as CodeRow | undefined;
      if (!code || code.used_at || code.expires_at <= at.toISOString() || code.label !== body.label)
        throw refuse(
          'invalid_enrolment_code',
          401,
          'Enrolment code is unknown, used, expired or issued for another label',
        );
      tokenId = existing?.enrolment_token_id ?? codesTokenId(db);
    } else {
      const token = db
        .prepare('SELECT id FROM enrolment_tokens WHERE token_hash = ? AND revoked_at IS NULL')
        .get(sha256Hex(body.enrolmentToken ?? '')) as { id: number } | undefined;
      if (!token)
        throw refuse('invalid_enrolment_token', 401, 'Enrolment token is unknown or revoked');
      if (existing && !adoptable(existing, token.id))
        throw refuse(
          'terminal_already_enrolled',
          409,
          'This label is already enrolled with its own credential: re-enrolling it needs an enrolment code issued by IT',
        );
      tokenId = token.id;
    }
    const agencyCode = code?.agency_code ?? body.agencyCode ?? null;
    return {
      status: 201,
      commit: () => {
        const now = terminalByLabel(db, body.label);
        if (now?.id !== existing?.id || (!code && now && !adoptable(now, tokenId)))
          throw new ApiError(409, 'terminal_already_enrolled', 'This label was enrolled meanwhile');
        let terminalId = existing?.id;
        if (!terminalId) {
          terminalId = randomUUID();
          db.prepare(
            'INSERT INTO terminals (id, enrolment_token_id, label, created_at) VALUES (?, ?, ?, ?)',
          ).run(terminalId, tokenId, body.label, at.toISOString());
        }
        if (code)
          db.prepare(
            'UPDATE enrolment_codes SET used_at = ?, terminal_id = ? WHERE code_hash = ?',
          ).run(at.toISOString(), terminalId, code.code_hash);
        if (agencyCode)
          db.prepare('UPDATE terminals SET agency_code = ? WHERE id = ?').run(
            agencyCode,
            terminalId,
          );
        const terminalSecret = rotateTerminalSecret(db, terminalId, at);
        return {
          terminalId,
          accessToken: issueAccessToken(db, terminalId, at),
          expiresInSeconds: TERMINAL_TOKEN_TTL_SECONDS,
          terminalSecret,
        };
      },
    };
  };
}

/**
 * A terminal enrolled before terminals had their own credential (no secret yet) is taken over
 * once by the token that enrolled it, which gives it a secret: the upgrade path of a fleet
 * already enrolled. Once it has a secret, only a code issued by IT re-enrols it.
 */
function adoptable(terminal: TerminalRow, tokenId: number): boolean {
  return terminal.secret_hash === null && terminal.enrolment_token_id === tokenId;
}

function codesTokenId(db: Db): number {
  const row = db
    .prepare('SELECT id FROM enrolment_tokens WHERE token_hash = ?')
    .get(CODES_TOKEN_HASH) as { id: number };
  return row.id;
}
