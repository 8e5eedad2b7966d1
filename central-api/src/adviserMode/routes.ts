import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  noContent,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { auditStaff } from '../staff/audit';
import { createTerminalThrottle } from '../terminalThrottle';
import { isoAfter, newToken, sha256Hex } from '../tokens';
import { createKioskCodeLockout, kioskCodeLocked } from './codeLockout';
import {
  adviserTokenHeaders,
  kioskActionRequest,
  kioskAdvisers,
  kioskUnlocked,
  kioskUnlockRequest,
} from './schemas';

/** How long adviser mode lasts at most: the adviser unlocks again if the help takes longer. */
export const ADVISER_MODE_SECONDS = 15 * 60;
/** Codes a terminal may try a minute, whoever they are for: an adviser types a few, not dozens. */
export const KIOSK_UNLOCKS_PER_TERMINAL_PER_MINUTE = 10;

interface AdviserRow {
  id: number;
  nom: string;
  agency_code: string | null;
  kiosk_code_hash: string | null;
}

const terminalAgency = (deps: Deps, terminalId: string): string | null =>
  (
    deps.db.prepare('SELECT agency_code FROM terminals WHERE id = ?').get(terminalId) as
      { agency_code: string | null } | undefined
  )?.agency_code ?? null;

/** The banner says the first name only: enough for the person, no more of the adviser than that. */
const prenomOf = (nom: string): string => nom.trim().split(/\s+/)[0] ?? nom;

/**
 * Adviser mode at a terminal (terminal auth): the agency's advisers to choose from, the unlock
 * with the adviser's kiosk code (argon2id, throttled per terminal, locked per adviser, audited),
 * and the actions taken under the short-lived token it answers, each one audited. Nothing about
 * the person at the terminal is sent or recorded.
 */
export function adviserModeRoutes(app: ApiApp, deps: Deps): void {
  const { db, hasher, now, idempotency } = deps;
  const perTerminal = createTerminalThrottle(
    db,
    'adviser-codes',
    KIOSK_UNLOCKS_PER_TERMINAL_PER_MINUTE,
    'adviser codes',
  );
  const lockout = createKioskCodeLockout(db);

  app.get(
    '/v1/staff/kiosk-advisers',
    {
      schema: {
        operationId: 'listKioskAdvisers',
        tags: ['staff'],
        summary: "The advisers of this terminal's agency who can unlock adviser mode",
        description:
          'Staff of the terminal agency with a kiosk code (conseiller, responsable), by name. Empty for a terminal without an agency.',
        security: terminalSecurity,
        response: { 200: answer('The advisers', kioskAdvisers), ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const agency = terminalAgency(deps, terminalId);
      if (!agency) return { advisers: [] };
      const rows = db
        .prepare(
          `SELECT id, nom FROM staff_accounts
           WHERE agency_code = ? AND kiosk_code_hash IS NOT NULL AND role IN ('conseiller', 'responsable')
           ORDER BY nom`,
        )
        .all(agency) as { id: number; nom: string }[];
      return { advisers: rows.map((row) => ({ staffId: row.id, nom: row.nom })) };
    },
  );

  app.post(
    '/v1/staff/kiosk-unlock',
    {
      schema: {
        operationId: 'unlockAdviserMode',
        tags: ['staff'],
        summary: 'An adviser unlocks adviser mode on this terminal with their kiosk code',
        description: `The code is checked here (argon2id); the terminal stores no staff secret. An adviser of another agency than the terminal's gets 403. ${KIOSK_UNLOCKS_PER_TERMINAL_PER_MINUTE} codes a minute per terminal (429 rate_limited); 5 wrong codes in a row lock that adviser's code for 15 minutes (429 account_locked). Every attempt is audited. The token lasts ${ADVISER_MODE_SECONDS / 60} minutes and is bound to this terminal.`,
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: kioskUnlockRequest,
        response: {
          201: answer('Adviser mode is on', kioskUnlocked),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token, or invalid_credentials: wrong code'),
          403: refusal(
            "adviser_not_in_agency: no such adviser with a kiosk code in this terminal's agency",
          ),
          ...refusals.idempotency,
          429: refusal('rate_limited (this terminal) or account_locked (this adviser)'),
          ...refusals.busy,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      perTerminal(terminalId, at);
      const { staffId, code } = request.body;
      return idempotency.execute(request, reply, terminalId, async () => {
        const adviser = db
          .prepare(
            `SELECT id, nom, agency_code, kiosk_code_hash FROM staff_accounts
             WHERE id = ? AND role IN ('conseiller', 'responsable')`,
          )
          .get(staffId) as AdviserRow | undefined;
        const agency = terminalAgency(deps, terminalId);
        if (!adviser?.kiosk_code_hash || agency === null || adviser.agency_code !== agency) {
          auditStaff(db, {
            staffId: adviser?.id ?? null,
            action: 'kiosk_unlock_refused',
            target: terminalId,
            detail: { reason: 'not_in_agency' },
            at,
          });
          throw new ApiError(
            403,
            'adviser_not_in_agency',
            "No adviser with a kiosk code by this id in this terminal's agency",
          );
        }
        lockout.check(adviser.id, at);
        if (!(await hasher.verify(adviser.kiosk_code_hash, code))) {
          const locked = lockout.failed(adviser.id, at);
          auditStaff(db, {
            staffId: adviser.id,
            action: 'kiosk_unlock_failed',
            target: terminalId,
            detail: { locked },
            at,
          });
          if (locked) throw kioskCodeLocked(15 * 60);
          throw new ApiError(401, 'invalid_credentials', 'The adviser code is not right');
        }
        return {
          status: 201,
          commit: () => {
            const accessToken = newToken();
            lockout.succeeded(adviser.id);
            db.prepare(
              `INSERT INTO adviser_kiosk_sessions (token_hash, staff_id, terminal_id, created_at, expires_at)
               VALUES (?, ?, ?, ?, ?)`,
            ).run(
              sha256Hex(accessToken),
              adviser.id,
              terminalId,
              at.toISOString(),
              isoAfter(at, ADVISER_MODE_SECONDS),
            );
            auditStaff(db, { staffId: adviser.id, action: 'kiosk_unlock', target: terminalId, at });
            return {
              accessToken,
              prenom: prenomOf(adviser.nom),
              expiresInSeconds: ADVISER_MODE_SECONDS,
            };
          },
        };
      });
    },
  );

  app.post(
    '/v1/staff/kiosk-actions',
    {
      schema: {
        operationId: 'recordAdviserModeAction',
        tags: ['staff'],
        summary: 'An action taken in adviser mode, checked and audited under the adviser',
        description:
          'The terminal sends it before acting (extend the visit, pause or resume the idle timer, explain a step) or as it acts (end the visit, leave adviser mode: both end the adviser-mode session). 401 invalid_adviser_token when the token is unknown, of another terminal, expired or ended.',
        security: terminalSecurity,
        headers: adviserTokenHeaders,
        body: kioskActionRequest,
        response: {
          204: noContent('Recorded'),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_adviser_token'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      const tokenHash = sha256Hex(request.headers['x-adviser-token']);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 204,
        commit: () => {
          const session = db
            .prepare(
              `SELECT staff_id FROM adviser_kiosk_sessions
               WHERE token_hash = ? AND terminal_id = ? AND ended_at IS NULL AND expires_at > ?`,
            )
            .get(tokenHash, terminalId, at.toISOString()) as { staff_id: number } | undefined;
          if (!session)
            throw new ApiError(
              401,
              'invalid_adviser_token',
              'Adviser mode is not on at this terminal',
            );
          const { action, topic } = request.body;
          if (action === 'end_visit' || action === 'leave')
            db.prepare('UPDATE adviser_kiosk_sessions SET ended_at = ? WHERE token_hash = ?').run(
              at.toISOString(),
              tokenHash,
            );
          auditStaff(db, {
            staffId: session.staff_id,
            action: `kiosk_${action}`,
            target: terminalId,
            ...(topic ? { detail: { topic } } : {}),
            at,
          });
          return undefined;
        },
      }));
    },
  );
}
