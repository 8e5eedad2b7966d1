import { z } from 'zod';
import {
  alertCriteriaSchema,
  alertDraftSchema,
  alertSchema,
  applicationSchema,
  APPLICATION_MESSAGE_MAX,
  classeurSchema,
  offerNumberSchema,
} from '../domain/offres';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();
const numero = z.object({ numero: offerNumberSchema }).strict();

/** An application as the receipt screen shows and prints it. */
export const applicationReceiptSchema = z.object({
  reference: z.string(),
  numero: z.string(),
  title: z.string(),
  /** ISO instant: the central API's when sent, the kiosk's when queued. */
  submittedAt: z.string(),
  status: z.enum(['sent', 'queued']),
});
export type ApplicationReceipt = z.infer<typeof applicationReceiptSchema>;

/**
 * What a signed-in job seeker does with offers: « Mon classeur d'offres », alerts by e-mail on the
 * search's criteria, and applying with one of their CVs (through the outbox).
 */
export const offresCandidatMethods = {
  /** The saved offers; those filled or withdrawn since are taken out and named once. */
  'offres.classeur': { input: empty, output: classeurSchema },
  'offres.save': {
    input: numero,
    output: z.object({ numero: z.string(), savedAt: z.string() }),
  },
  'offres.unsave': { input: numero, output: empty },
  /** The person's alerts (viewing renews them for 3 months) and the e-mail address on file. */
  'offres.alerts': {
    input: empty,
    output: z.object({ alertes: z.array(alertSchema), email: z.string().nullable() }),
  },
  'offres.createAlert': {
    input: alertDraftSchema.extend({ criteria: alertCriteriaSchema.strict() }).strict(),
    output: alertSchema,
  },
  'offres.deleteAlert': { input: z.object({ id: z.string().uuid() }).strict(), output: empty },
  /**
   * « Envoyer ma candidature »: handed to the outbox with a kiosk-made reference. The offer's and
   * the CV's titles are what the screen showed, for the receipt only: the central API reads both
   * itself and refuses what is not open or not the person's.
   */
  'offres.apply': {
    input: z
      .object({
        numero: offerNumberSchema,
        cvId: z.string().uuid(),
        message: z.string().max(APPLICATION_MESSAGE_MAX),
        title: z.string().max(200),
        cvTitle: z.string().max(200),
      })
      .strict(),
    output: applicationReceiptSchema,
  },
  /** Prints the receipt of the application sent in this visit. */
  'offres.printApplication': { input: empty, output: empty },
  /** « Mes candidatures »: the central API's list and this visit's still in the outbox. */
  'offres.applications': {
    input: empty,
    output: z.object({ candidatures: z.array(applicationSchema) }),
  },
} as const satisfies MethodTable;
