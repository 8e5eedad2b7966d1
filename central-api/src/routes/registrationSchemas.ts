/** Request and reply schemas of the registration routes (registration.ts). */
import { z } from 'zod';
import { registrationSections } from '../../../shared/domain/registration';
import { answer } from '../apiSchemas';

export const referenceParams = z.strictObject({ reference: z.string().regex(/^INS-[A-Z0-9]{8}$/) });

/** A section as sent: its rules are shared/domain/registration's, checked by the handler. */
const sectionData = z.record(z.string(), z.unknown());

const draftSections = z
  .object(
    Object.fromEntries(registrationSections.map((s) => [s, sectionData.optional()])) as Record<
      (typeof registrationSections)[number],
      z.ZodOptional<typeof sectionData>
    >,
  )
  .describe('The sections saved so far, as they were sent (identite, coordonnees, situation).');

export const draftOpened = z.object({
  reference: z.string(),
  draftToken: z
    .string()
    .describe('A user token of the pending account: send it as X-User-Token for the draft.'),
  expiresAt: z.iso.datetime({ offset: true }),
  codePostal: z
    .string()
    .describe('The code postal chosen with the access codes: the address step reuses it.'),
  draft: draftSections,
});

export const createRegistrationBody = z.strictObject({
  identifiant: z.string().min(1).max(40),
  motDePasse: z.string().min(1).max(128),
  codePostal: z.string().regex(/^\d{5}$/),
  questionSecrete: z.string().min(1).max(40),
  reponseSecrete: z.string().min(1).max(60),
});

export const resumeRegistrationBody = z.strictObject({
  identifiant: z.string().min(1).max(40),
  motDePasse: z.string().min(1).max(128),
});

export const saveDraftBody = z.strictObject({
  section: z.enum(registrationSections),
  data: sectionData,
});

export const draftSaved = answer('Saved', z.object({ savedAt: z.iso.datetime({ offset: true }) }));

export const registrationSent = answer(
  'Sent',
  z.object({ reference: z.string(), submittedAt: z.iso.datetime({ offset: true }) }),
);
