import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { answer, type ApiApp, refusals, userSecurity } from '../apiSchemas';
import { dashboardSummary, paymentsOverview } from './paiementsSchemas';
import {
  findFile,
  findRights,
  nextPaymentOf,
  toPayment,
  toRights,
  type PaymentRow,
} from './paiementsData';

/** "Mes paiements" and the dashboard's "what matters first" summary. */
export function paiementRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/payments',
    {
      schema: {
        operationId: 'getPayments',
        tags: ['paiements'],
        summary: 'Rights, the next payment and the payments of the last 12 months',
        security: userSecurity,
        response: { 200: answer('Payments', paymentsOverview), ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const since = new Date(at.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
      const rows = db
        .prepare('SELECT * FROM payments WHERE user_id = ? AND paid_on >= ? ORDER BY paid_on DESC')
        .all(userId, since) as PaymentRow[];
      const rights = findRights(db, userId);
      const file = findFile(db, userId);
      return {
        registeredOn: file?.registered_on ?? null,
        rights: rights ? toRights(rights) : null,
        nextPayment: nextPaymentOf(db, userId, at),
        payments: rows.map(toPayment),
        paidToLast4: file?.paid_to_last4 ?? null,
      };
    },
  );

  app.get(
    '/v1/dashboard-summary',
    {
      schema: {
        operationId: 'getDashboardSummary',
        tags: ['paiements'],
        summary: 'What the dashboard says first: next payment, unread letters, next appointment',
        security: userSecurity,
        response: { 200: answer('Summary', dashboardSummary), ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const at = now();
      const { userId } = authenticateUser(db, request, at);
      const unread = db
        .prepare('SELECT count(*) AS n FROM letters WHERE user_id = ? AND read_at IS NULL')
        .get(userId) as { n: number };
      const appointment = db
        .prepare('SELECT min(at) AS at FROM appointments WHERE user_id = ? AND at >= ?')
        .get(userId, at.toISOString()) as { at: string | null };
      return {
        nextPayment: nextPaymentOf(db, userId, at),
        rightsStatus: findRights(db, userId)?.status ?? null,
        unreadLetters: unread.n,
        nextAppointmentAt: appointment.at,
      };
    },
  );
}
