import type { FastifyInstance } from 'fastify';
import { chosenIdentifiantProblem, normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { errors, terminalSecurity } from '../schemas';

export function identifiantRoutes(app: FastifyInstance, { db, now }: Deps): void {
  app.get(
    '/v1/identifiants/:identifiant/availability',
    {
      schema: {
        operationId: 'identifiantAvailability',
        tags: ['registration'],
        summary: 'Whether an identifiant may be chosen at registration',
        description:
          'format_invalid when it breaks the identifiant rules; taken when a user or employer account has it.',
        security: terminalSecurity,
        params: {
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
        },
      },
    },
    async (request) => {
      authenticateTerminal(db, request, now());
      const raw = (request.params as { identifiant: string }).identifiant;
      if (chosenIdentifiantProblem(raw)) return { available: false, reason: 'format_invalid' };
      const id = normaliseIdentifiant(raw);
      const taken =
        db.prepare('SELECT 1 FROM users WHERE identifiant = ?').get(id) ??
        db.prepare('SELECT 1 FROM employer_accounts WHERE identifiant = ?').get(id);
      return taken ? { available: false, reason: 'taken' } : { available: true, reason: 'free' };
    },
  );
}
