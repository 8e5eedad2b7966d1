import { z } from 'zod';
import { identifiantReminderSchema } from '../domain/access';
import { situationChangeSchema } from '../domain/situation';
import { declarationSchema } from './actualisation';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();

/** A declared change of situation as the kiosk shows and prints it. */
export const situationReceiptSchema = z.object({
  reference: z.string(),
  change: situationChangeSchema,
  /** ISO instant: the central API's when sent, the kiosk's when queued. */
  submittedAt: z.string(),
  status: z.enum(['sent', 'queued']),
});
export type SituationReceipt = z.infer<typeof situationReceiptSchema>;

/** Changes of situation outside the monthly window, and the past declarations ("Mes actualisations"). */
export const situationMethods = {
  /** "Valider": checks the change against today's date, then hands it to the outbox. */
  'situation.declare': {
    input: z.object({ change: situationChangeSchema }).strict(),
    output: situationReceiptSchema,
  },
  /** "Imprimer mon justificatif" of the change declared in this visit. */
  'situation.printReceipt': { input: empty, output: empty },
  /** The declarations of the last 12 months, newest first (the central API's). */
  'actualisation.history': {
    input: empty,
    output: z.object({ declarations: z.array(declarationSchema) }),
  },
  /** Reprints the receipt of one of those declarations. */
  'actualisation.reprint': {
    input: z.object({ reference: z.string().min(1).max(40) }).strict(),
    output: empty,
  },
  /**
   * "Identifiant oublié": the central API sends the identifiant by e-mail or post to the account
   * named, if any; the answer is the same either way and never holds the identifiant.
   */
  'identifiant.remind': { input: identifiantReminderSchema, output: empty },
} as const satisfies MethodTable;
