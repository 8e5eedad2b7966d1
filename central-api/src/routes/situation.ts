import {
  formatPeriod,
  previousPeriod,
  actualisationWindowAt,
  type Answers,
} from '../../../shared/domain/actualisation';
import {
  parisToday,
  situationProblems,
  type SituationChange,
} from '../../../shared/domain/situation';
import { authenticateSubmitter, authenticateUser } from '../auth';
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
import {
  actualisationHistory,
  situationChangeRecorded,
  situationChangeRequest,
} from './situationSchemas';

interface ChangeRow {
  reference: string;
  change_json: string;
  submitted_at: string;
}

const toRecorded = (row: ChangeRow) => ({
  reference: row.reference,
  change: JSON.parse(row.change_json) as SituationChange,
  submittedAt: row.submitted_at,
});

/** How many periods "Mes actualisations" goes back. */
export const HISTORY_PERIODS = 12;

/**
 * Changes of situation outside the monthly window, and the declarations of the last 12 months.
 * The server's clock decides what "today" is; a change queued on a terminal is checked leniently.
 */
export function situationRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/situation-changes',
    {
      schema: {
        operationId: 'declareSituationChange',
        tags: ['situation'],
        summary: 'Declare a change of situation (new job, training, leave, move, absence)',
        description:
          'The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the stored change (a redelivery). The same kind and start date under another reference is refused: 409 already_declared. 400 invalid_request names the field whose date rule is broken (end before start, an absence of 7 days or less, a start too far ahead).',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: situationChangeRequest,
        response: {
          201: answer('Recorded', situationChangeRecorded),
          ...refusals.badRequest,
          401: refusal('invalid_terminal_token or invalid_user_token'),
          409: refusal(
            'already_declared (this change, same kind and start date), reference_conflict, or idempotency_request_in_flight',
          ),
          422: refusals.idempotency[422],
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId, terminalId } = authenticateSubmitter(db, request, at);
      const { reference, change } = request.body;
      const [field] = Object.keys(
        situationProblems(change, parisToday(at), { lateDelivery: true }),
      );
      if (field) throw new ApiError(400, 'invalid_request', `body/change/${field} breaks its rule`);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 201,
        commit: () => {
          const same = db
            .prepare(
              'SELECT reference, change_json, submitted_at FROM situation_changes WHERE user_id = ? AND kind = ? AND date_debut = ?',
            )
            .get(userId, change.kind, change.dateDebut) as ChangeRow | undefined;
          if (same) {
            if (same.reference === reference) return toRecorded(same);
            throw new ApiError(409, 'already_declared', 'This change is already declared');
          }
          if (db.prepare('SELECT 1 FROM situation_changes WHERE reference = ?').get(reference))
            throw new ApiError(409, 'reference_conflict', 'This reference is taken');
          const row: ChangeRow = {
            reference,
            change_json: JSON.stringify(change),
            submitted_at: at.toISOString(),
          };
          db.prepare(
            `INSERT INTO situation_changes (user_id, reference, kind, date_debut, change_json, terminal_id, submitted_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            userId,
            reference,
            change.kind,
            change.dateDebut,
            row.change_json,
            terminalId,
            row.submitted_at,
          );
          return toRecorded(row);
        },
      }));
    },
  );

  app.get(
    '/v1/actualisations/history',
    {
      schema: {
        operationId: 'getActualisationHistory',
        tags: ['actualisations'],
        summary: 'The declarations of the last 12 periods, newest first',
        security: userSecurity,
        response: {
          200: answer('Declarations', actualisationHistory),
          401: refusal('invalid_terminal_token or invalid_user_token'),
        },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      let period = actualisationWindowAt(at).period;
      const periods = [formatPeriod(period)];
      for (let i = 1; i < HISTORY_PERIODS; i += 1) {
        period = previousPeriod(period);
        periods.push(formatPeriod(period));
      }
      const rows = db
        .prepare(
          `SELECT reference, period, answers, submitted_at FROM actualisations
           WHERE user_id = ? AND period >= ? ORDER BY period DESC`,
        )
        .all(userId, periods[periods.length - 1]) as {
        reference: string;
        period: string;
        answers: string;
        submitted_at: string;
      }[];
      return {
        declarations: rows.map((row) => ({
          reference: row.reference,
          period: row.period,
          answers: JSON.parse(row.answers) as Answers,
          submittedAt: row.submitted_at,
        })),
      };
    },
  );
}
