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
}
