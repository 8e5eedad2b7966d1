import { z } from 'zod';
import {
  allocationCodes,
  attestationKinds,
  attestationRequestSchema,
  rightsStatuses,
  suspensionReasons,
} from '../domain/paiements';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const paymentSchema = z.object({
  id: z.string(),
  /** The month paid, 'YYYY-MM'. */
  period: z.string(),
  paidOn: day,
  allocation: z.enum(allocationCodes),
  days: z.number().int().nonnegative(),
  grossCentimes: z.number().int().nonnegative(),
  deductionsCentimes: z.number().int().nonnegative(),
  netCentimes: z.number().int().nonnegative(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const rightsSchema = z.object({
  allocation: z.enum(allocationCodes),
  status: z.enum(rightsStatuses),
  suspensionReason: z.enum(suspensionReasons).optional(),
  suspendedOn: day.optional(),
  dailyGrossCentimes: z.number().int().nonnegative(),
  dailyNetCentimes: z.number().int().nonnegative(),
  openedOn: day,
  endsOn: day,
  daysTotal: z.number().int().nonnegative(),
  daysRemaining: z.number().int().nonnegative(),
});
export type Rights = z.infer<typeof rightsSchema>;

/** Declared: paid on `date`; not yet: paid once the month is declared (before `closesAt`). */
export const nextPaymentSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('scheduled'), period: z.string(), date: day }),
  z.object({ state: z.literal('declareFirst'), period: z.string(), closesAt: z.string() }),
]);
export type NextPayment = z.infer<typeof nextPaymentSchema>;

export const paymentsOverviewSchema = z.object({
  registeredOn: day.nullable(),
  rights: rightsSchema.nullable(),
  nextPayment: nextPaymentSchema.nullable(),
  payments: z.array(paymentSchema),
  /** The bank account's last four digits: the whole IBAN never reaches the kiosk from here. */
  paidToLast4: z.string().nullable(),
});
export type PaymentsOverview = z.infer<typeof paymentsOverviewSchema>;

/** What the dashboard's tiles say first. */
export const dashboardSummarySchema = z.object({
  nextPayment: nextPaymentSchema.nullable(),
  rightsStatus: z.enum(rightsStatuses).nullable(),
  unreadLetters: z.number().int().nonnegative(),
  nextAppointmentAt: z.string().nullable(),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const attestationIssuedSchema = z.object({
  reference: z.string(),
  kind: z.enum(attestationKinds),
  issuedAt: z.string(),
  pdfBase64: z.string(),
});

/** "Mes paiements", the attestations the central API issues, and the dashboard's summary. */
export const paiementsMethods = {
  /** Rights, the next payment and the payments of the last 12 months. */
  'paiements.overview': { input: empty, output: paymentsOverviewSchema },
  'paiements.summary': { input: empty, output: dashboardSummarySchema },
  /** The central API issues the attestation (reference + verification code) for the PDF viewer. */
  'attestations.issue': { input: attestationRequestSchema, output: attestationIssuedSchema },
  'attestations.print': {
    input: z.object({ reference: z.string().max(40) }).strict(),
    output: empty,
  },
} as const satisfies MethodTable;
