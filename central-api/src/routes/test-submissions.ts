import { randomUUID } from 'node:crypto';
import { authenticateSubmitter } from '../auth';
import type { Deps } from '../deps';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusals,
  submitterSecurity,
} from '../apiSchemas';
import { testSubmission, testSubmissionCreated } from './testSubmissionSchemas';

/**
 * A generic user submission for the outbox's fault-injection tests and benches, registered ONLY
 * when the app is built with `testRoutes: true` (never in the exported OpenAPI document, never in
 * the kiosk's embedded server). It behaves like a real feature route: submitter auth (user token or
 * submission grant), idempotency, one row per accepted submission.
 */
export function testSubmissionRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/test-submissions',
    {
      schema: {
        operationId: 'createTestSubmission',
        tags: ['test'],
        summary: 'Test-only submission (fault-injection suite, benches)',
        security: submitterSecurity,
        headers: idempotencyHeaders,
        body: testSubmission,
        response: {
          201: answer('Recorded', testSubmissionCreated),
          ...refusals.badRequest,
          ...refusals.submitterAuth,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at);
      const { body } = request;
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const id = randomUUID();
          db.prepare(
            `INSERT INTO test_submissions (id, user_id, terminal_id, reference, content, received_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          ).run(id, userId, terminalId, body.reference, body.content, at.toISOString());
          return { id, reference: body.reference };
        },
      }));
    },
  );
}
