import { z } from 'zod';
import {
  employerLoginSchema,
  employerOfferSchema,
  employerSpaceSchema,
  offerPublishSchema,
  receivedCandidatureSchema,
} from '../domain/employerSpace';
import { offerNumberSchema } from '../domain/offres';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();

/**
 * The employer spaces once created: sign in at the kiosk (identifiant + mot de passe), the
 * dashboard, and for a certified entreprise its offers and the candidatures they receive. The
 * employer token stays in main, on the visit, and dies with it like a job seeker's.
 */
export const employerDashboardMethods = {
  /** Sign-in; mustChangePassword: the temporary password is replaced before anything else. */
  'employerSpace.login': { input: employerLoginSchema.strict(), output: employerSpaceSchema },
  /** The new password after a temporary one (the new one and its confirmation). */
  'employerSpace.changePassword': {
    input: z
      .object({
        nouveauMotDePasse: z.string().min(1, 'account.errors.required').max(128),
        confirmation: z.string().min(1, 'account.errors.required').max(128),
      })
      .strict(),
    output: empty,
  },
  /** The signed-in space: kind, certification, name, establishment. */
  'employerSpace.me': { input: empty, output: employerSpaceSchema },
  /**
   * « Publier l'offre » after the review, through the outbox: 'sent' with its number, or 'queued'
   * (sent as soon as possible). It waits for an adviser's validation either way.
   */
  'employerSpace.publish': {
    input: offerPublishSchema,
    output: z.object({ status: z.enum(['sent', 'queued']), numero: z.string().nullable() }),
  },
  /** « Mes offres ». */
  'employerSpace.offres': {
    input: empty,
    output: z.object({ offres: z.array(employerOfferSchema) }),
  },
  /** « Candidatures reçues » for one of the employer's offers. */
  'employerSpace.candidatures': {
    input: z.object({ numero: offerNumberSchema }).strict(),
    output: z.object({
      numero: z.string(),
      title: z.string(),
      candidatures: z.array(receivedCandidatureSchema),
    }),
  },
  /** The CV a candidate sent, drawn as a PDF by the kiosk's CV renderer, for the PDF viewer. */
  'employerSpace.candidatureCv': {
    input: z.object({ numero: offerNumberSchema, id: z.string().min(1).max(64) }).strict(),
    output: z.object({ pdfBase64: z.string() }),
  },
} as const satisfies MethodTable;
