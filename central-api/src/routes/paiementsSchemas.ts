/**
 * Request and reply schemas of "Mes paiements", the attestations and the dashboard summary
 * (paiements.ts, attestations.ts). The lists of allowances, statuses and attestation kinds are
 * shared/domain/paiements', the kiosk's own.
 */
import { z } from 'zod';
import {
  ATTESTATION_REFERENCE_PATTERN,
  allocationCodes,
  attestationKinds,
  attestationRequestSchema,
  rightsStatuses,
  suspensionReasons,
} from '../../../shared/domain/paiements';
import { PERIOD_PATTERN } from '../../../shared/domain/actualisation';
import { named } from '../apiSchemas';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const centimes = z.int().min(0);

export const payment = named(
  'Payment',
  z.object({
    id: z.string(),
    period: z.string().regex(PERIOD_PATTERN).describe('The month this payment is for'),
    paidOn: day,
    allocation: z.enum(allocationCodes),
    days: z.int().min(0).describe('Days paid in the month'),
    grossCentimes: centimes.describe('Before deductions'),
    deductionsCentimes: centimes.describe('Pension contribution, CSG and CRDS withheld'),
    netCentimes: centimes.describe('What reached the bank account'),
  }),
);

export const rights = named(
  'AllocationRights',
  z.object({
    allocation: z.enum(allocationCodes),
    status: z.enum(rightsStatuses),
    suspensionReason: z.enum(suspensionReasons).optional(),
    suspendedOn: day.optional(),
    dailyGrossCentimes: centimes,
    dailyNetCentimes: centimes,
    openedOn: day,
    endsOn: day.describe('Last day paid if every remaining day is paid'),
    daysTotal: z.int().min(0),
    daysRemaining: z.int().min(0),
  }),
);

export const nextPayment = named(
  'NextPayment',
  z.discriminatedUnion('state', [
    z
      .object({ state: z.literal('scheduled'), period: z.string(), date: day })
      .describe('The month is declared: it is paid on this date'),
    z
      .object({ state: z.literal('declareFirst'), period: z.string(), closesAt: z.string() })
      .describe('The month can be declared now; it is paid once declared'),
  ]),
);

export const paymentsOverview = named(
  'PaymentsOverview',
  z.object({
    registeredOn: day.nullable().describe('Registered as a job seeker since'),
    rights: rights.nullable().describe('null: no allowance'),
    nextPayment: nextPayment.nullable(),
    payments: z.array(payment).describe('Newest first, the last 12 months'),
    paidToLast4: z
      .string()
      .regex(/^\d{4}$/)
      .nullable()
      .describe('The last four digits of the bank account paid, never the whole IBAN'),
  }),
);

export const dashboardSummary = named(
  'DashboardSummary',
  z.object({
    nextPayment: nextPayment.nullable(),
    rightsStatus: z.enum(rightsStatuses).nullable(),
    unreadLetters: z.int().min(0),
    nextAppointmentAt: z.string().nullable(),
  }),
);

export const attestationRequest = named('AttestationRequest', attestationRequestSchema);

export const attestationIssued = named(
  'AttestationIssued',
  z.object({
    reference: z.string().regex(ATTESTATION_REFERENCE_PATTERN),
    kind: z.enum(attestationKinds),
    issuedAt: z.string(),
    pdfBase64: z.string(),
  }),
);

export const attestationPdf = named('AttestationPdf', z.object({ pdfBase64: z.string() }));

export const attestationVerification = named(
  'AttestationVerification',
  z.object({
    valid: z.boolean(),
    kind: z.enum(attestationKinds).optional().describe('When valid'),
    issuedAt: z.string().optional().describe('When valid'),
  }),
);
