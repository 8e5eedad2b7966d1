/**
 * What a signed-in job seeker keeps of the offers: « Mon classeur d'offres », the e-mail alerts
 * (abonnements) on saved criteria, and their applications (candidatures). One schema for the
 * central API's routes, the kiosk's contract and the forms.
 */
import { z } from 'zod';
import { isValidEmail } from '../email';
import { offerContracts, offerSearchSchema } from './model';

/** At most this many offers in the classeur, and alerts per person. */
export const MAX_SAVED_OFFERS = 50;
export const MAX_ALERTS = 5;
/** An alert is active for 3 months from its creation, and again from each time it is viewed. */
export const ALERT_ACTIVE_MONTHS = 3;
export const ALERT_NAME_MAX = 40;
/** The message to the employer: a few short sentences typed on the kiosk keyboard. */
export const APPLICATION_MESSAGE_MAX = 500;

/** The day an alert created or viewed at `at` stops being active: 3 calendar months later. */
export function alertExpiry(at: Date): Date {
  const end = new Date(at);
  end.setUTCMonth(end.getUTCMonth() + ALERT_ACTIVE_MONTHS);
  return end;
}

export const savedOfferSchema = z.object({
  numero: z.string(),
  title: z.string(),
  employer: z.string().nullable(),
  commune: z.string(),
  departement: z.string(),
  contract: z.enum(offerContracts),
  publishedAt: z.iso.datetime({ offset: true }),
  savedAt: z.iso.datetime({ offset: true }),
});
export type SavedOffer = z.infer<typeof savedOfferSchema>;

/** An offer that left the classeur because it is no longer open: said once, then forgotten. */
export const removedOfferSchema = z.object({
  numero: z.string(),
  title: z.string(),
  reason: z.enum(['filled', 'withdrawn']),
});
export type RemovedOffer = z.infer<typeof removedOfferSchema>;

export const classeurSchema = z.object({
  offres: z.array(savedOfferSchema),
  removed: z.array(removedOfferSchema),
});
export type Classeur = z.infer<typeof classeurSchema>;

/** The criteria an alert keeps: a search without its page, page size and sort. */
export const alertCriteriaSchema = offerSearchSchema.omit({ page: true, parPage: true, tri: true });
export type AlertCriteria = z.infer<typeof alertCriteriaSchema>;

export const alertSchema = z.object({
  id: z.string(),
  nom: z.string(),
  email: z.string(),
  criteria: alertCriteriaSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** The end of its 3 active months (pushed back each time the list is viewed). */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type OfferAlert = z.infer<typeof alertSchema>;

/** The kiosk's alert form: a name and the address the offers go to (the one on file, prefilled). */
export const alertDraftSchema = z.object({
  nom: z
    .string()
    .trim()
    .min(1, 'offres.alerts.errors.nameRequired')
    .max(ALERT_NAME_MAX, 'offres.alerts.errors.nameTooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'offres.alerts.errors.emailRequired')
    .max(254, 'offres.alerts.errors.emailInvalid')
    .refine(isValidEmail, 'offres.alerts.errors.emailInvalid'),
});
export type AlertDraft = z.input<typeof alertDraftSchema>;

/** The kiosk's apply form: one of the person's CVs and an optional message to the employer. */
export const applicationDraftSchema = z.object({
  cvId: z.string().min(1, 'offres.apply.errors.cvRequired'),
  message: z.string().trim().max(APPLICATION_MESSAGE_MAX, 'offres.apply.errors.messageTooLong'),
});
export type ApplicationDraft = z.input<typeof applicationDraftSchema>;

/** APP-20261205-7K4Q2M: made by the kiosk, so a queued application has its receipt already. */
export const APPLICATION_REFERENCE = /^APP-\d{8}-[0-9A-Z]{6}$/;

/** What the kiosk sends (through its outbox) to apply: the CV is read by the central API. */
export const applicationRequestSchema = z.object({
  reference: z.string().regex(APPLICATION_REFERENCE),
  numero: z.string().regex(/^\d{6}[A-Z]$/),
  cvId: z.guid(),
  message: z.string().trim().max(APPLICATION_MESSAGE_MAX).optional(),
});
export type ApplicationRequest = z.infer<typeof applicationRequestSchema>;

/**
 * One application as « Mes candidatures » lists it. `status`: 'envoyee' (the central API has it),
 * 'en_cours' (still in the terminal's outbox), 'offre_fermee' (the offer was filled or withdrawn
 * since).
 */
export const applicationSchema = z.object({
  reference: z.string(),
  numero: z.string(),
  title: z.string(),
  employer: z.string().nullable(),
  commune: z.string(),
  sentAt: z.string(),
  status: z.enum(['envoyee', 'en_cours', 'offre_fermee']),
});
export type Application = z.infer<typeof applicationSchema>;
