import {
  actualisationWindowAt,
  formatPeriod,
  previousPeriod,
} from '../../../shared/domain/actualisation';
import {
  paymentDateFor,
  type AllocationCode,
  type RightsStatus,
  type SuspensionReason,
} from '../../../shared/domain/paiements';
import type { Db } from '../db/open';

export interface RightsRow {
  allocation: AllocationCode;
  status: RightsStatus;
  suspension_reason: SuspensionReason | null;
  suspended_on: string | null;
  daily_gross_centimes: number;
  daily_deductions_centimes: number;
  opened_on: string;
  ends_on: string;
  days_total: number;
  days_remaining: number;
}

export interface PaymentRow {
  id: string;
  period: string;
  paid_on: string;
  allocation: AllocationCode;
  days: number;
  gross_centimes: number;
  deductions_centimes: number;
  net_centimes: number;
  taxable_centimes: number;
}

export const findRights = (db: Db, userId: number) =>
  db.prepare('SELECT * FROM allocation_rights WHERE user_id = ?').get(userId) as
    RightsRow | undefined;

export const findFile = (db: Db, userId: number) =>
  db
    .prepare(
      'SELECT registered_on, category, paid_to_last4 FROM job_seeker_files WHERE user_id = ?',
    )
    .get(userId) as
    { registered_on: string; category: number; paid_to_last4: string | null } | undefined;

export const paymentsBetween = (db: Db, userId: number, fromPeriod: string, toPeriod: string) =>
  db
    .prepare(
      'SELECT * FROM payments WHERE user_id = ? AND period >= ? AND period <= ? ORDER BY period',
    )
    .all(userId, fromPeriod, toPeriod) as PaymentRow[];

export const toPayment = (r: PaymentRow) => ({
  id: r.id,
  period: r.period,
  paidOn: r.paid_on,
  allocation: r.allocation,
  days: r.days,
  grossCentimes: r.gross_centimes,
  deductionsCentimes: r.deductions_centimes,
  netCentimes: r.net_centimes,
});

export const toRights = (r: RightsRow) => ({
  allocation: r.allocation,
  status: r.status,
  ...(r.suspension_reason ? { suspensionReason: r.suspension_reason } : {}),
  ...(r.suspended_on ? { suspendedOn: r.suspended_on } : {}),
  dailyGrossCentimes: r.daily_gross_centimes,
  dailyNetCentimes: r.daily_gross_centimes - r.daily_deductions_centimes,
  openedOn: r.opened_on,
  endsOn: r.ends_on,
  daysTotal: r.days_total,
  daysRemaining: r.days_remaining,
});

export type NextPayment =
  | { state: 'scheduled'; period: string; date: string }
  | { state: 'declareFirst'; period: string; closesAt: string };

/**
 * The next payment of rights being paid: the month open for declaration is paid once declared
 * (then its date is known); after the window, the month just declared until its payment is made.
 */
export function nextPaymentOf(db: Db, userId: number, at: Date): NextPayment | null {
  const rights = findRights(db, userId);
  if (rights?.status !== 'open') return null;
  const window = actualisationWindowAt(at);
  const period = formatPeriod(window.open ? window.period : previousPeriod(window.period));
  const paid = db
    .prepare('SELECT 1 FROM payments WHERE user_id = ? AND period = ?')
    .get(userId, period);
  if (paid) return null;
  const declared = db
    .prepare('SELECT submitted_at FROM actualisations WHERE user_id = ? AND period = ?')
    .get(userId, period) as { submitted_at: string } | undefined;
  if (!declared) {
    return window.open
      ? { state: 'declareFirst', period, closesAt: window.closesAt.toISOString() }
      : null;
  }
  const p = window.open ? window.period : previousPeriod(window.period);
  const date = paymentDateFor(p, declared.submitted_at);
  return date >= at.toISOString().slice(0, 10) ? { state: 'scheduled', period, date } : null;
}
