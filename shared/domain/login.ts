import { z } from 'zod';
import { isSignInIdentifiant } from './identifiant';
import { isFrenchPostalCode } from './postalCode';

/**
 * The sign-in form of the espace personnel: identifiant + mot de passe + code postal.
 * The identifiant follows the one rule of ./identifiant (assigned or chosen shape).
 * Messages are catalogue keys, translated by the renderer, so main and renderer share one rule set.
 */
export const identifiantSchema = z
  .string()
  .trim()
  .min(1, 'validation.identifiant.required')
  .refine(isSignInIdentifiant, 'validation.identifiant.format')
  .transform((value) => value.toUpperCase());

export const motDePasseSchema = z
  .string()
  .min(1, 'validation.motDePasse.required')
  .max(128, 'validation.motDePasse.tooLong');

export const codePostalSchema = z
  .string()
  .trim()
  .min(1, 'validation.codePostal.required')
  .refine(isFrenchPostalCode, 'validation.codePostal.format');

export const loginSchema = z.object({
  identifiant: identifiantSchema,
  motDePasse: motDePasseSchema,
  codePostal: codePostalSchema,
});

export type LoginInput = z.input<typeof loginSchema>;
export type LoginFields = keyof LoginInput;

/** Field → catalogue key of the first problem; empty when the form is valid. */
export function loginFieldErrors(input: LoginInput): Partial<Record<LoginFields, string>> {
  const parsed = loginSchema.safeParse(input);
  if (parsed.success) return {};
  const errors: Partial<Record<LoginFields, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as LoginFields;
    errors[field] ??= issue.message;
  }
  return errors;
}
