import { chosenIdentifiantProblem, normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { identifiantTaken } from '../accounts/identifiants';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { z } from 'zod';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import { createTerminalThrottle, LOOKUPS_PER_TERMINAL_PER_MINUTE } from '../terminalThrottle';

export function identifiantRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  const lookups = createTerminalThrottle(
    db,
    'identifiant-availability',
    LOOKUPS_PER_TERMINAL_PER_MINUTE.availability,
    'identifiant availability checks',
  );
  // A POST so that identifiants never appear in URLs (access logs, proxies).
  app.post(
    '/v1/identifiants/availability',
    {
      schema: {
        operationId: 'identifiantAvailability',
        tags: ['registration'],
        summary: 'Whether an identifiant may be chosen at registration',
        description:
          'format_invalid when it breaks the identifiant rules; taken when a user or employer account has it.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({ identifiant: z.string().min(1).max(40) }),
        response: {
          200: answer(
            'Answer',
            z
              .object({
                available: z.boolean(),
                reason: z.enum(['free', 'taken', 'format_invalid']),
              })
              .describe('Answer'),
          ),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          429: refusal('rate_limited: too many availability checks from this terminal'),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      lookups(terminalId, now());
      const raw = request.body.identifiant;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          if (chosenIdentifiantProblem(raw)) return { available: false, reason: 'format_invalid' };
          const id = normaliseIdentifiant(raw);
          return identifiantTaken(db, id)
            ? { available: false, reason: 'taken' }
            : { available: true, reason: 'free' };
        },
      }));
    },
  );

  app.post(
    '/v1/identifiant-reminders',
    {
      schema: {
        operationId: 'remindIdentifiant',
        tags: ['passwords'],
        summary: 'Forgotten identifiant: sends it to the account holder, by e-mail or by post',
        description:
          'Nom, prénom and code postal name the account (accents and capitals ignored). The identifiant is never in the answer: a reminder is recorded for the mailer (outgoing_emails, kind identifiant_reminder), by e-mail when one is known and asked for, else by post. The answer is the same 202 whether an account matched or not, so it tells nobody who has an account.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: z.strictObject({
          nom: z.string().trim().min(1).max(80),
          prenom: z.string().trim().min(1).max(80),
          codePostal: z.string().regex(/^\d{5}$/),
          via: z.enum(['email', 'post']),
        }),
        response: {
          202: answer(
            'Recorded (whether an account matched or not)',
            z.object({}).describe('Recorded (whether an account matched or not)'),
          ),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { nom, prenom, codePostal, via } = request.body;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 202,
        commit: () => {
          const users = db
            .prepare('SELECT id, prenom, nom, email FROM users WHERE code_postal = ?')
            .all(codePostal) as { id: number; prenom: string; nom: string; email: string | null }[];
          const at = now().toISOString();
          for (const user of users) {
            if (foldName(user.nom) !== foldName(nom) || foldName(user.prenom) !== foldName(prenom))
              continue;
            const channel = via === 'email' && user.email ? 'email' : 'post';
            db.prepare(
              `INSERT INTO outgoing_emails (user_id, kind, body_json, created_at) VALUES (?, 'identifiant_reminder', ?, ?)`,
            ).run(user.id, JSON.stringify({ via: channel }), at);
          }
          return {};
        },
      }));
    },
  );
}

/** "Lefèvre", "LEFEVRE" and " lefevre " name the same person. */
function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s'’-]+/g, ' ')
    .trim()
    .toLowerCase();
}
