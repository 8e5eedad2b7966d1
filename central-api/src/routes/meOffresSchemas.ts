/** Request and reply schemas of the classeur, alert and application routes, from shared/domain. */
import { z } from 'zod';
import {
  alertCriteriaSchema,
  alertSchema,
  applicationRequestSchema,
  applicationSchema,
  classeurSchema,
  ALERT_NAME_MAX,
  OFFER_NUMBER,
} from '../../../shared/domain/offres';
import { ajvEmail, named, strictRequest } from '../apiSchemas';

export const classeur = named('Classeur', classeurSchema);
export const classeurAdd = named(
  'ClasseurAdd',
  z.strictObject({ numero: z.string().regex(OFFER_NUMBER).describe('e.g. 688418K') }),
);
export const classeurSaved = named(
  'ClasseurSaved',
  z.object({ numero: z.string(), savedAt: z.iso.datetime({ offset: true }) }),
);
export const offerNumeroParams = z.strictObject({ numero: z.string().regex(OFFER_NUMBER) });
export const classeurRemoved = named(
  'ClasseurRemoved',
  z.object({ numero: z.string(), removed: z.literal(true) }),
);

export const alertList = named('OfferAlerts', z.object({ alertes: z.array(alertSchema) }));
export const offerAlert = named('OfferAlert', alertSchema);
export const alertCreate = named(
  'OfferAlertCreate',
  z.strictObject({
    nom: z.string().trim().min(1).max(ALERT_NAME_MAX),
    email: ajvEmail().max(254),
    criteria: strictRequest(alertCriteriaSchema),
  }),
);
export const alertIdParams = z.strictObject({ id: z.guid() });
export const alertDeleted = named(
  'OfferAlertDeleted',
  z.object({ id: z.string(), deleted: z.literal(true) }),
);

export const applicationRequest = named('ApplicationRequest', applicationRequestSchema.strict());
export const applicationRecorded = named(
  'ApplicationRecorded',
  z.object({
    reference: z.string(),
    numero: z.string(),
    title: z.string(),
    sentAt: z.iso.datetime({ offset: true }),
  }),
);
export const applicationList = named(
  'Applications',
  z.object({ candidatures: z.array(applicationSchema) }),
);
