import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { errors, idempotencyHeaders, ref, terminalSecurity } from '../schemas';

interface AssistBody {
  screen: string;
  requestedAt: string;
}

export function assistRoutes(app: FastifyInstance, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/assist-requests',
    {
      schema: {
        operationId: 'createAssistRequest',
        tags: ['assist'],
        summary: 'Call an adviser to this terminal',
        description: 'Records the terminal, the screen and the times only: no personal data.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: ref('AssistRequest'),
        response: {
          201: { description: 'Recorded', ...ref('AssistRequestCreated') },
          ...errors.badRequest,
          ...errors.terminalAuth,
          ...errors.idempotency,
          ...errors.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      const body = request.body as AssistBody;
      // RFC 3339 allows what Date cannot read (a leap second, a lower-case "t").
      const requestedAt = new Date(body.requestedAt);
      if (Number.isNaN(requestedAt.getTime())) {
        throw new ApiError(
          400,
          'invalid_request',
          'body/requestedAt is not a date-time this server can read',
        );
      }
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const requestId = randomUUID();
          db.prepare(
            `INSERT INTO assist_requests (id, terminal_id, screen, requested_at, received_at)
             VALUES (?, ?, ?, ?, ?)`,
          ).run(requestId, terminalId, body.screen, requestedAt.toISOString(), at.toISOString());
          return { requestId };
        },
      }));
    },
  );
}
