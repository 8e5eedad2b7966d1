import { randomUUID } from 'node:crypto';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  terminalSecurity,
} from '../apiSchemas';
import {
  enrolRequest,
  enrolResponse,
  heartbeatRequest,
  heartbeatResponse,
} from './terminalSchemas';
import { fleetRuntime } from '../fleet/runtime';
import { pendingCommands, recordHeartbeat } from '../fleet/store';
import { TERMINAL_TOKEN_TTL_SECONDS, isoAfter, newToken, sha256Hex } from '../tokens';

export function terminalRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/terminals/enrol',
    {
      schema: {
        operationId: 'enrolTerminal',
        tags: ['terminals'],
        summary: 'Exchange an enrolment token for a short-lived terminal access token',
        description:
          'The same label and enrolment token always give the same terminalId; each call issues a new accessToken.',
        headers: idempotencyHeaders,
        body: enrolRequest,
        response: {
          201: answer('Enrolled', enrolResponse),
          ...refusals.badRequest,
          401: refusal('invalid_enrolment_token'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) =>
      idempotency.execute(request, reply, 'enrolment', () => {
        const { body } = request;
        const enrolment = db
          .prepare('SELECT id FROM enrolment_tokens WHERE token_hash = ? AND revoked_at IS NULL')
          .get(sha256Hex(body.enrolmentToken)) as { id: number } | undefined;
        if (!enrolment) {
          throw new ApiError(
            401,
            'invalid_enrolment_token',
            'Enrolment token is unknown or revoked',
          );
        }
        const at = now();
        const accessToken = newToken();
        return {
          status: 201,
          commit: () => {
            db.prepare(
              `INSERT INTO terminals (id, enrolment_token_id, label, created_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (enrolment_token_id, label) DO NOTHING`,
            ).run(randomUUID(), enrolment.id, body.label, at.toISOString());
            const { id: terminalId } = db
              .prepare('SELECT id FROM terminals WHERE enrolment_token_id = ? AND label = ?')
              .get(enrolment.id, body.label) as { id: string };
            if (body.agencyCode) {
              db.prepare('UPDATE terminals SET agency_code = ? WHERE id = ?').run(
                body.agencyCode,
                terminalId,
              );
            }
            db.prepare(
              'INSERT INTO terminal_tokens (token_hash, terminal_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
            ).run(
              sha256Hex(accessToken),
              terminalId,
              at.toISOString(),
              isoAfter(at, TERMINAL_TOKEN_TTL_SECONDS),
            );
            return { terminalId, accessToken, expiresInSeconds: TERMINAL_TOKEN_TTL_SECONDS };
          },
        };
      }),
  );

  app.post(
    '/v1/terminals/heartbeat',
    {
      schema: {
        operationId: 'terminalHeartbeat',
        tags: ['terminals'],
        summary: 'Tell the central API the terminal is alive',
        description:
          'Idempotent by nature (it sets the latest values): a retry with the same Idempotency-Key does the same again, so the key is accepted and not stored. The answer carries the commands waiting for the terminal.',
        security: terminalSecurity,
        headers: idempotencyHeaders,
        body: heartbeatRequest,
        response: {
          200: answer('Seen', heartbeatResponse),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request) => {
      const at = now();
      const { terminalId } = authenticateTerminal(db, request, at);
      // Health in counts, states and codes; the pending commands ride back on the answer.
      recordHeartbeat(db, terminalId, request.body, at);
      fleetRuntime(db).changed(terminalId);
      return { serverTime: at.toISOString(), commands: pendingCommands(db, terminalId) };
    },
  );
}
