import { z } from 'zod';
import { isFrenchPostalCode } from './postalCode';

/**
 * "Identifiant oublié": the person names themself (nom, prénom, code postal of their home) and
 * chooses how the identifiant reaches them. Messages are catalogue keys (access.errors.*).
 */
const E = 'access.errors';
export const identifiantReminderSchema = z
  .object({
    nom: z.string().trim().min(1, `${E}.nomRequired`).max(80, `${E}.tooLong`),
    prenom: z.string().trim().min(1, `${E}.prenomRequired`).max(80, `${E}.tooLong`),
    codePostal: z
      .string()
      .trim()
      .min(1, `${E}.codePostalRequired`)
      .refine(isFrenchPostalCode, `${E}.codePostal`),
    via: z.enum(['email', 'post'], `${E}.viaRequired`),
  })
  .strict();
export type IdentifiantReminder = z.infer<typeof identifiantReminderSchema>;
