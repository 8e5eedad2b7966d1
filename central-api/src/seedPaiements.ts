import { createHash } from 'node:crypto';
import {
  actualisationWindowAt,
  daysInMonth,
  formatPeriod,
  previousPeriod,
  type Period,
} from '../../shared/domain/actualisation';
import { paymentDateFor, type SuspensionReason } from '../../shared/domain/paiements';
import type { Db } from './db/open';

/** One demo account's file, rights and payment history (amounts in centimes, per day). */
interface DemoPaiements {
  identifiant: string;
  monthsRegistered: number;
  paidToLast4: string | null;
  rights?: {
    dailyGross: number;
    dailyDeductions: number;
    daysTotal: number;
    monthsOpen: number;
    /** Months paid before now; fewer than monthsOpen when payments stopped. */
    monthsPaid: number;
    /** Days not paid in some months (worked hours reduce the days paid), newest month first. */
    daysOff?: number[];
    suspension?: { reason: SuspensionReason; daysAgo: number };
  };
}

/**
 * Which demo account shows what in "Mes paiements" (the README's table says the same):
 * Camille is paid each month and has this month to declare; Karim is paid each month, worked a
 * little, has declared, so his next payment has a date; Léa's payments are suspended (a document
 * is missing); Nora is registered without any allowance.
 */
export const demoPaiements: readonly DemoPaiements[] = [
  {
    identifiant: '1234567A',
    monthsRegistered: 14,
    paidToLast4: '0189',
    rights: {
      dailyGross: 4830,
      dailyDeductions: 290,
      daysTotal: 548,
      monthsOpen: 12,
      monthsPaid: 12,
    },
  },
  {
    identifiant: '7654321B',
    monthsRegistered: 9,
    paidToLast4: '4417',
    rights: {
      dailyGross: 3915,
      dailyDeductions: 235,
      daysTotal: 365,
      monthsOpen: 8,
      monthsPaid: 8,
      daysOff: [0, 6, 0, 4],
    },
  },
  {
    identifiant: '2345678C',
    monthsRegistered: 7,
    paidToLast4: '7730',
    rights: {
      dailyGross: 3260,
      dailyDeductions: 196,
      daysTotal: 274,
      monthsOpen: 6,
      monthsPaid: 4,
      suspension: { reason: 'documentMissing', daysAgo: 40 },
    },
  },
  { identifiant: '3456789D', monthsRegistered: 3, paidToLast4: null },
];

/**
 * The month open now, when it is declared (Karim's is) and its payment day has passed: paid, as the
 * real service would have done, so that the history does not miss a month. Returns the days paid.
 */
function payDeclaredMonth(
  db: Db,
  userId: number,
  current: Period,
  r: NonNullable<DemoPaiements['rights']>,
  now: Date,
): number {
  if (r.suspension || r.monthsPaid < r.monthsOpen) return 0;
  const declared = db
    .prepare('SELECT submitted_at FROM actualisations WHERE user_id = ? AND period = ?')
    .get(userId, formatPeriod(current)) as { submitted_at: string } | undefined;
  if (!declared) return 0;
  const paidOn = paymentDateFor(current, declared.submitted_at);
  if (paidOn > now.toISOString().slice(0, 10)) return 0;
  const days = daysInMonth(current);
  const gross = days * r.dailyGross;
  const net = gross - days * r.dailyDeductions;
  db.prepare(
    `INSERT INTO payments (id, user_id, period, paid_on, allocation, days, gross_centimes,
       deductions_centimes, net_centimes, taxable_centimes)
     VALUES (?, ?, ?, ?, 'ARE', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(
    stableId('payment', userId, formatPeriod(current)),
    userId,
    formatPeriod(current),
    paidOn,
    days,
    gross,
    gross - net,
    net,
    net + Math.round(gross * 0.9825 * 0.029),
  );
  return days;
}

const stableId = (...parts: (string | number)[]) =>
  createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24);

const back = (p: Period, months: number): Period => {
  let q = p;
  for (let i = 0; i < months; i++) q = previousPeriod(q);
  return q;
};

const dayOf = (p: Period, day = 1) => `${formatPeriod(p)}-${String(day).padStart(2, '0')}`;

/**
 * The payment history of every demo account that has no file yet (idempotent). Periods are relative
 * to `now`: the last paid month is the one before the month that can be declared now.
 */
export function seedPaiements(db: Db, now: Date): void {
  const window = actualisationWindowAt(now);
  const current = window.open ? window.period : previousPeriod(window.period);
  const userOf = db.prepare('SELECT id FROM users WHERE identifiant = ?');
  const hasFile = db.prepare('SELECT 1 FROM job_seeker_files WHERE user_id = ?');
  const insertFile = db.prepare(
    'INSERT INTO job_seeker_files (user_id, registered_on, category, paid_to_last4) VALUES (?, ?, 1, ?)',
  );
  const insertRights = db.prepare(
    `INSERT INTO allocation_rights (user_id, allocation, status, suspension_reason, suspended_on,
       daily_gross_centimes, daily_deductions_centimes, opened_on, ends_on, days_total, days_remaining)
     VALUES (?, 'ARE', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payments (id, user_id, period, paid_on, allocation, days, gross_centimes,
       deductions_centimes, net_centimes, taxable_centimes)
     VALUES (?, ?, ?, ?, 'ARE', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  db.transaction(() => {
    for (const demo of demoPaiements) {
      const user = userOf.get(demo.identifiant) as { id: number } | undefined;
      if (!user || hasFile.get(user.id)) continue;
      const registered = back(current, demo.monthsRegistered);
      insertFile.run(user.id, dayOf(registered, 9), demo.paidToLast4);
      const r = demo.rights;
      if (!r) continue;
      let daysPaid = 0;
      // Paid months run from the oldest to the newest, the last one just before `current`.
      const firstPaid = back(current, r.monthsOpen);
      for (let i = 0; i < r.monthsPaid; i++) {
        const period = back(current, r.monthsOpen - i);
        const newestFirst = r.monthsOpen - 1 - i;
        const days = daysInMonth(period) - (r.daysOff?.[newestFirst] ?? 0);
        const gross = days * r.dailyGross;
        const deductions = days * r.dailyDeductions;
        const net = gross - deductions;
        // Taxable: the net plus the CSG and CRDS that cannot be deducted (2.9 % of 98.25 % of the gross).
        const taxable = net + Math.round(gross * 0.9825 * 0.029);
        // Each month was declared on the day its window opened.
        const paidOn = paymentDateFor(period, dayOf(period, 28));
        insertPayment.run(
          stableId('payment', user.id, formatPeriod(period)),
          user.id,
          formatPeriod(period),
          paidOn,
          days,
          gross,
          deductions,
          net,
          taxable,
        );
        daysPaid += days;
      }
      daysPaid += payDeclaredMonth(db, user.id, current, r, now);
      const remaining = Math.max(0, r.daysTotal - daysPaid);
      const endsOn = new Date(`${dayOf(current)}T00:00:00Z`);
      endsOn.setUTCDate(endsOn.getUTCDate() + remaining - 1);
      const suspendedOn = r.suspension
        ? new Date(now.getTime() - r.suspension.daysAgo * 86_400_000).toISOString().slice(0, 10)
        : null;
      insertRights.run(
        user.id,
        r.suspension ? 'suspended' : 'open',
        r.suspension?.reason ?? null,
        suspendedOn,
        r.dailyGross,
        r.dailyDeductions,
        dayOf(firstPaid),
        endsOn.toISOString().slice(0, 10),
        r.daysTotal,
        remaining,
      );
    }
  })();
}
