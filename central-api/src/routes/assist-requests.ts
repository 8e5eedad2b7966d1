import { randomUUID } from 'node:crypto';
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
import { assistRequest, assistRequestCreated, assistRequestIdParams } from './assistSchemas';

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

  app.post(
    '/v1/assist-requests/:requestId/cancel',
    {
      schema: {
        operationId: 'cancelAssistRequest',
        tags: ['assist'],
        summary: 'Withdraw a call for an adviser',
        description:
          'Only the terminal that made the request may withdraw it. Answers 204 when it was already withdrawn, so it is safe to repeat.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        params: assistRequestIdParams,
        response: {
          204: noContent('Withdrawn (or was already)'),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('assist_request_not_found'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 204,
        commit: () => {
          // Another terminal's request is "not found": its existence is none of its business.
          const changed = db
            .prepare(
              `UPDATE assist_requests SET cancelled_at = COALESCE(cancelled_at, ?)
               WHERE id = ? AND terminal_id = ?`,
            )
            .run(at.toISOString(), request.params.requestId, terminalId).changes;
          if (changed === 0) {
            throw new ApiError(404, 'assist_request_not_found', 'No assist request with this id');
          }
          return undefined;
        },
      }));
    },
  );
}
