/** Request and reply schemas of the « Mon profil » routes (profil.ts). */
import { z } from 'zod';
import { named, strictRequest } from '../apiSchemas';
import { profilChangeSchemas } from '../../../shared/domain/profil';
import { secretQuestionIds } from '../../../shared/domain/secretQuestions';

const commune = z.strictObject({ code: z.string(), nom: z.string() });
const ribShown = z.strictObject({ titulaire: z.string(), ibanMasque: z.string() });

export const profil = named(
  'Profil',
  z.strictObject({
    adresse: z
      .strictObject({
        adresse: z.string(),
        complement: z.string(),
        codePostal: z.string(),
        commune,
      })
      .nullable(),
    telephone: z.string().nullable().describe('"06 12 34 56 78"'),
    email: z.string().nullable().describe('The address in use (confirmed)'),
    emailEnAttente: z
      .string()
      .nullable()
      .describe('A new address waiting for its confirmation link; the old one is used until then'),
    rib: ribShown.nullable().describe('The account payments go to; IBAN masked but its last 4'),
    ribEnCours: ribShown
      .extend({ depuis: z.string() })
      .nullable()
      .describe('A new account being checked (RIB_CHECK_HOURS); payments still go to rib'),
    questionSecrete: z.enum(secretQuestionIds).nullable(),
  }),
);

/**
 * The shapes only; the rules (code postal, French phone, IBAN check keys with ibantools, BIC) are
 * shared/domain/profil's, run by the handler so that a refusal names its reason.
 */
const change = (kind: keyof typeof profilChangeSchemas) =>
  z.strictObject({ kind: z.literal(kind), data: strictRequest(profilChangeSchemas[kind]) });

export const profilChangeRequest = named(
  'ProfilChangeRequest',
  z.strictObject({
    reference: z.string().regex(/^PRF-\d{8}-[2-9A-HJKMNP-TV-Z]{6}$/),
    change: z.discriminatedUnion('kind', [
      change('adresse'),
      change('telephone'),
      change('email'),
      change('rib'),
      change('questionSecrete'),
    ]),
  }),
);

export const profilChangeRecorded = named(
  'ProfilChangeRecorded',
  z.strictObject({
    reference: z.string(),
    kind: z.enum(['adresse', 'telephone', 'email', 'rib', 'questionSecrete']),
    receivedAt: z.string(),
    status: z
      .enum(['applied', 'pending_confirmation', 'pending_check'])
      .describe('applied now; an e-mail waits for its link; a bank account for its check'),
  }),
);
