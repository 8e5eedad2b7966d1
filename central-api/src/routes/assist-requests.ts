import { randomUUID } from 'node:crypto';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, idempotencyHeaders, refusals, terminalSecurity } from '../apiSchemas';
import { assistRequest, assistRequestCreated } from './assistSchemas';

export function assistRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
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
        body: assistRequest,
        response: {
          201: answer('Recorded', assistRequestCreated),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      const { body } = request;
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
