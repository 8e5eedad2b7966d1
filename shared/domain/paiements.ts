/**
 * Payments ("Mes paiements") and attestations: the kinds a job seeker can ask for, what each needs,
 * and when the next payment comes. The central API applies these rules on its own clock; the kiosk
 * uses the schemas to check a choice before it asks.
 */
import { z } from 'zod';
import {
  type Period,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  PERIOD_PATTERN,
} from './actualisation';

/** The allowances the reference data knows. */
export const allocationCodes = ['ARE', 'ASS', 'AREF'] as const;
export type AllocationCode = (typeof allocationCodes)[number];

/**
 * Where the rights stand: paid each month, suspended (nothing paid until the reason is settled),
 * or closed (used up or ended).
 */
export const rightsStatuses = ['open', 'suspended', 'closed'] as const;
export type RightsStatus = (typeof rightsStatuses)[number];

/** Why payments are suspended: each has a plain-words explanation and what to do in the catalogues. */
export const suspensionReasons = ['documentMissing', 'actualisationMissing', 'control'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];

export const attestationKinds = ['paiement', 'inscription', 'fiscale', 'droits'] as const;
export type AttestationKind = (typeof attestationKinds)[number];

/** At most one year of payments on one attestation de paiement (what CAF and landlords ask for). */
export const MAX_ATTESTATION_MONTHS = 12;

const period = z.string().regex(PERIOD_PATTERN, 'paiements.validation.period');

const monthCount = (from: string, to: string): number => {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b) return 0;
  return b.year * 12 + b.month - (a.year * 12 + a.month) + 1;
};

/**
 * One attestation request. A payment attestation covers the months `from`–`to` (the end not before
 * the start, one year at most); a fiscal one a calendar year; the others need nothing. Strict: the
 * central API refuses a misspelt field by name.
 */
export const attestationRequestSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('paiement'), from: period, to: period })
    .refine((r) => monthCount(r.from, r.to) >= 1, {
      path: ['to'],
      message: 'paiements.validation.toBeforeFrom',
    })
    .refine((r) => monthCount(r.from, r.to) <= MAX_ATTESTATION_MONTHS, {
      path: ['to'],
      message: 'paiements.validation.tooLong',
    }),
  z.strictObject({ kind: z.literal('inscription') }),
  z.strictObject({ kind: z.literal('fiscale'), year: z.int().min(2000).max(2100) }),
  z.strictObject({ kind: z.literal('droits') }),
]);
export type AttestationRequest = z.infer<typeof attestationRequestSchema>;

/** "ATT-20261205-7KQ2MX": what a third party types to check an attestation, with its code. */
export const ATTESTATION_REFERENCE_PATTERN = /^ATT-\d{8}-[0-9A-Z]{6}$/;
/** "K7QP-3MXD": eight characters without the look-alikes 0/O and 1/I. */
export const VERIFICATION_CODE_PATTERN = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** A calendar day 'YYYY-MM-DD' moved past a Saturday or a Sunday. */
function workingDayFrom(day: Date): Date {
  const d = new Date(day);
  while (isWeekend(d)) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * When a declared month is paid: the monthly allowance is paid after the month is over and once it
 * is declared, two working days after the later of the two, never on a weekend. A declaration made
 * on the 28th is paid in the first days of the next month; a late one a few days after it is made.
 */
export function paymentDateFor(declared: Period, declaredOn: string): string {
  const next = nextPeriod(declared);
  const monthOver = new Date(`${formatPeriod(next)}-01T00:00:00Z`);
  const declaredDay = new Date(`${declaredOn.slice(0, 10)}T00:00:00Z`);
  let day = declaredDay > monthOver ? declaredDay : monthOver;
  for (let added = 0; added < 2;) {
    day = new Date(day.getTime() + 86_400_000);
    if (!isWeekend(day)) added += 1;
  }
  return isoDay(workingDayFrom(day));
}

/** The attestation form as typed: every field a string, '' until chosen. */
export interface AttestationDraft {
  kind: AttestationKind | '';
  from: string;
  to: string;
  year: string;
}

/**
 * The form's rules, each message a catalogue key: a kind chosen, then what that kind needs (the
 * months of a payment attestation, the end not before the start; the year of a fiscal one).
 */
export const attestationDraftSchema = z
  .object({ kind: z.string(), from: z.string(), to: z.string(), year: z.string() })
  .superRefine((d, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (!(attestationKinds as readonly string[]).includes(d.kind))
      return problem('kind', 'paiements.validation.kind');
    if (d.kind === 'paiement') {
      if (!PERIOD_PATTERN.test(d.from)) problem('from', 'paiements.validation.from');
      if (!PERIOD_PATTERN.test(d.to)) return problem('to', 'paiements.validation.to');
      const months = monthCount(d.from, d.to);
      if (PERIOD_PATTERN.test(d.from) && months < 1)
        problem('to', 'paiements.validation.toBeforeFrom');
      if (months > MAX_ATTESTATION_MONTHS) problem('to', 'paiements.validation.tooLong');
    }
    if (d.kind === 'fiscale' && !/^\d{4}$/.test(d.year))
      problem('year', 'paiements.validation.year');
  });

/** A checked draft as the request the central API takes. */
export function toAttestationRequest(d: AttestationDraft): AttestationRequest | undefined {
  switch (d.kind) {
    case 'paiement':
      return { kind: 'paiement', from: d.from, to: d.to };
    case 'fiscale':
      return { kind: 'fiscale', year: Number(d.year) };
    case 'inscription':
    case 'droits':
      return { kind: d.kind };
    default:
      return undefined;
  }
}
