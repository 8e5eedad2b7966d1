import {
  actualisationWindowAt,
  answersProblems,
  formatPeriod,
  parsePeriod,
  windowOf,
  type Answers,
} from '../../../shared/domain/actualisation';
import { authenticateSubmitter, authenticateUser } from '../auth';
import type { Db } from '../db/open';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import { actualisation, actualisationCurrent, actualisationRequest } from './actualisationSchemas';

/**
 * A declaration made inside the window may reach us later (the kiosk's outbox holds it while the
 * network is down): it is still accepted this long after the window closed.
 */
export const LATE_DELIVERY_GRACE_MS = 72 * 3600_000;

interface Row {
  reference: string;
  period: string;
  answers: string;
  submitted_at: string;
}

const toDeclaration = (row: Row) => ({
  reference: row.reference,
  period: row.period,
  answers: JSON.parse(row.answers) as Answers,
  submittedAt: row.submitted_at,
});

function findDeclaration(db: Db, userId: number, period: string): Row | undefined {
  return db
    .prepare(
      'SELECT reference, period, answers, submitted_at FROM actualisations WHERE user_id = ? AND period = ?',
    )
    .get(userId, period) as Row | undefined;
}

/** The monthly actualisation. The server's clock decides the period; the kiosk only asks. */
export function actualisationRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.get(
    '/v1/actualisations/current',
    {
      schema: {
        operationId: 'getCurrentActualisation',
        tags: ['actualisations'],
        summary: 'The period to declare now, its window, and the declaration if already made',
        security: userSecurity,
        response: {
          200: answer('Current period', actualisationCurrent),
          401: refusal('invalid_terminal_token or invalid_user_token'),
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const window = actualisationWindowAt(at);
      const period = formatPeriod(window.period);
      const row = findDeclaration(db, userId, period);
      return {
        period,
        open: window.open,
        opensAt: window.opensAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        ...(row ? { declaration: toDeclaration(row) } : {}),
      };
    },
  );

  app.post(
    '/v1/actualisations',
    {
      schema: {
        operationId: 'createActualisation',
        tags: ['actualisations'],
        summary: "Declare the month's situation (once per period)",
        description:
          'The reference is made by the kiosk so a receipt can be printed before delivery. The same reference again for the same user and period answers the stored declaration (a redelivery).',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: actualisationRequest,
        response: {
          201: answer('Recorded', actualisation),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          409: refusal(
            'already_declared (another declaration for this period), window_closed, reference_conflict, or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId, terminalId } = authenticateSubmitter(db, request, at);
      const { body } = request;
      const period = parsePeriod(body.period);
      if (!period) throw new ApiError(400, 'invalid_request', 'body/period is not a month');
      if (body.reference.slice(4, 10) !== body.period.replace('-', '')) {
        throw new ApiError(400, 'invalid_request', 'body/reference does not name body/period');
      }
      const bounds = windowOf(period);
      if (at < bounds.opensAt || at.getTime() >= bounds.closesAt.getTime() + LATE_DELIVERY_GRACE_MS)
        throw new ApiError(409, 'window_closed', 'This period cannot be declared now');
      const [field] = Object.keys(answersProblems(body.answers, period));
      if (field) {
        throw new ApiError(
          400,
          'invalid_request',
          `body/answers/${field.replaceAll('.', '/')} is not valid for this period`,
        );
      }
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const existing = findDeclaration(db, userId, body.period);
          if (existing) {
            if (existing.reference === body.reference) return toDeclaration(existing);
            throw new ApiError(409, 'already_declared', 'This period is already declared');
          }
          const taken = db
            .prepare('SELECT 1 FROM actualisations WHERE reference = ?')
            .get(body.reference);
          if (taken) throw new ApiError(409, 'reference_conflict', 'This reference is taken');
          const row: Row = {
            reference: body.reference,
            period: body.period,
            answers: JSON.stringify(body.answers),
            submitted_at: at.toISOString(),
          };
          db.prepare(
            `INSERT INTO actualisations (user_id, period, reference, answers, terminal_id, submitted_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          ).run(userId, row.period, row.reference, row.answers, terminalId, row.submitted_at);
          return toDeclaration(row);
        },
      }));
    },
  );
}
