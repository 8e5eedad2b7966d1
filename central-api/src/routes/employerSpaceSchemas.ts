/** Request and reply schemas of the employer space routes (employerSpace.ts, employerOffres.ts). */
import { z } from 'zod';
import {
  employerOfferSchema,
  employerSpaceSchema,
  offerPublishBodySchema,
  receivedCandidatureSchema,
} from '../../../shared/domain/employerSpace';
import { named, strictRequest } from '../apiSchemas';

export const employerSignInRequest = named(
  'EmployerSignInRequest',
  z.strictObject({
    identifiant: z.string().min(1).max(30),
    motDePasse: z.string().min(1).max(128),
  }),
);

export const employerSpace = named('EmployerSpace', employerSpaceSchema);

export const employerSessionCreated = named(
  'EmployerSessionCreated',
  z.object({
    employerToken: z.string().describe('Sent as X-Employer-Token on the employer routes'),
    employerGrant: z
      .string()
      .describe(
        'Sent as X-Employer-Grant by the kiosk outbox to deliver an offer after the visit: this terminal, 72 h, POST /v1/employer/offres only',
      ),
    expiresInSeconds: z.int(),
    space: employerSpace,
  }),
);

export const employerPasswordRequest = z.strictObject({
  motDePasseActuel: z.string().min(1).max(128).optional(),
  nouveauMotDePasse: z.string().min(1).max(128),
});

export const offerPublishBody = named('OfferPublish', strictRequest(offerPublishBodySchema));
export const offerPublished = named(
  'OfferPublished',
  z.object({ numero: z.string(), status: z.literal('pending') }),
);
export const offerValidated = named(
  'OfferValidated',
  z.object({ numero: z.string(), status: z.literal('published') }),
);
export const employerOffers = named(
  'EmployerOffers',
  z.object({ offres: z.array(employerOfferSchema) }),
);
export const receivedCandidatures = named(
  'ReceivedCandidatures',
  z.object({
    numero: z.string(),
    title: z.string(),
    candidatures: z.array(receivedCandidatureSchema),
  }),
);
export const candidatureCv = named(
  'CandidatureCv',
  z.object({
    prenom: z.string(),
    nom: z.string(),
    cv: z.record(z.string(), z.unknown()).describe('The CV as the candidate sent it (CvContent)'),
  }),
);
export const numeroParams = z.strictObject({
  numero: z
    .string()
    .regex(/^\d{6}[A-Z]$/)
    .describe('6 digits and a letter'),
});
export const candidatureParams = numeroParams.extend({ id: z.string().min(1).max(64) });
