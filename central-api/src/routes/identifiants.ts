import type { FastifyInstance } from 'fastify';
import { chosenIdentifiantProblem, normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { identifiantTaken } from '../accounts/identifiants';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { errors, idempotencyHeaders, terminalSecurity } from '../schemas';

export function identifiantRoutes(app: FastifyInstance, { db, now, idempotency }: Deps): void {
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
        body: {
          type: 'object',
          required: ['identifiant'],
          additionalProperties: false,
          properties: { identifiant: { type: 'string', minLength: 1, maxLength: 40 } },
        },
        response: {
          200: {
            description: 'Answer',
            type: 'object',
            required: ['available', 'reason'],
            additionalProperties: false,
            properties: {
              available: { type: 'boolean' },
              reason: { type: 'string', enum: ['free', 'taken', 'format_invalid'] },
            },
          },
          ...errors.badRequest,
          ...errors.terminalAuth,
          ...errors.idempotency,
          ...errors.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const raw = (request.body as { identifiant: string }).identifiant;
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
