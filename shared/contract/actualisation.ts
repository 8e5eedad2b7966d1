import { z } from 'zod';
import { answersSchema } from '../domain/actualisation/answers';
import { PERIOD_PATTERN } from '../domain/actualisation/period';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();

/** A declaration as the kiosk shows and prints it. `status` comes from the outbox's receipt. */
export const declarationSchema = z.object({
  reference: z.string(),
  period: z.string().regex(PERIOD_PATTERN),
  answers: answersSchema,
  /** ISO instant: the central API's when sent, the kiosk's when queued. */
  submittedAt: z.string(),
  status: z.enum(['sent', 'queued']),
});
export type Declaration = z.infer<typeof declarationSchema>;

/** The period the central API says is to be declared now, its window, and any declaration made. */
export const actualisationStatusSchema = z.object({
  period: z.string().regex(PERIOD_PATTERN),
  open: z.boolean(),
  /** ISO instants of the window (when closed: the next window). */
  opensAt: z.string(),
  closesAt: z.string(),
  declaration: declarationSchema.nullable(),
});
export type ActualisationStatus = z.infer<typeof actualisationStatusSchema>;

/** The monthly actualisation. The answers are never kept on the terminal. */
export const actualisationMethods = {
  /** Asks the central API (the authority) for the period, its window and any declaration made. */
  'actualisation.status': { input: empty, output: actualisationStatusSchema },
  /** "Valider ma déclaration": checks the answers against the period, then hands them to the outbox. */
  'actualisation.submit': {
    input: z.object({ answers: answersSchema }).strict(),
    output: declarationSchema,
  },
  /** "Imprimer mon justificatif": the receipt of this visit's declaration, on the agency printer. */
  'actualisation.printReceipt': { input: empty, output: empty },
} as const satisfies MethodTable;
