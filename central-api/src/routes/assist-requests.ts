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
import { adviserPrenom } from '../staff/assist';
import { assistRequestStatus } from '../staff/assistSchemas';
import { assistView, publishAssist } from '../staff/assistView';

export function assistRoutes(app: ApiApp, { db, now, idempotency, events }: Deps): void {
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
      let created: string | undefined;
      const sent = await idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const requestId = randomUUID();
          created = requestId;
          db.prepare(
            `INSERT INTO assist_requests (id, terminal_id, screen, requested_at, received_at)
             VALUES (?, ?, ?, ?, ?)`,
          ).run(requestId, terminalId, body.screen, requestedAt.toISOString(), at.toISOString());
          return { requestId };
        },
      }));
      // After the commit: the advisers' live lists show it (a replay adds nothing).
      if (created) publishAssist(db, events, created);
      return sent;
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
      const sent = await idempotency.execute(request, reply, terminalId, () => ({
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
      // The request leaves the advisers' lists at once.
      publishAssist(db, events, request.params.requestId);
      return sent;
    },
  );

  app.get(
    '/v1/assist-requests/:requestId',
    {
      schema: {
        operationId: 'getAssistRequestStatus',
        tags: ['assist'],
        summary: 'Where a call for an adviser stands (the terminal asks every few seconds)',
        description:
          "Only the terminal that made the request may read it (another terminal's is 404). Once an adviser has taken it, their first name, so the kiosk says who is coming.",
        security: terminalSecurity,
        params: assistRequestIdParams,
        response: {
          200: answer('The state', assistRequestStatus),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('assist_request_not_found'),
        },
      },
    },
    async (request) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const row = db
        .prepare(
          `SELECT r.id, s.nom FROM assist_requests r LEFT JOIN staff_accounts s ON s.id = r.taken_by
           WHERE r.id = ? AND r.terminal_id = ?`,
        )
        .get(request.params.requestId, terminalId) as
        { id: string; nom: string | null } | undefined;
      const view = row && assistView(db, row.id);
      if (!view)
        throw new ApiError(404, 'assist_request_not_found', 'No assist request with this id');
      return { state: view.state, adviserPrenom: adviserPrenom(row.nom ?? undefined) };
    },
  );
}
