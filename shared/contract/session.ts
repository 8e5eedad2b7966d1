/** Who is signed in and what their session opens; a leaf module, so every method file may use it. */
import { z } from 'zod';

export const profileSchema = z.object({
  prenom: z.string(),
  nom: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

/**
 * What a signed-in person may use: 'espace', the whole espace personnel; 'provisional', a sent
 * registration not yet validated by an adviser (its codes are provisional until the appointment):
 * the appointment, the receipt, documents and CVs only.
 */
export const accessSchema = z.enum(['espace', 'provisional']);
export type Access = z.infer<typeof accessSchema>;

/** Every way of signing in answers the same. */
export const signedInSchema = z.object({
  profile: profileSchema,
  mustChangePassword: z.boolean(),
  access: accessSchema,
});
