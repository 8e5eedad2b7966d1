import { z } from 'zod';

/**
 * The password policy for a new or changed mot de passe, as a checklist the screen shows live
 * (each rule ticks as it is met). ANSSI/CNIL guidance for a password alone: 12 characters and four
 * kinds of characters. The legacy six-digit "code confidentiel" still signs in, but is never chosen
 * again.
 */
export const passwordRules = [
  'length',
  'lowercase',
  'uppercase',
  'digit',
  'special',
  'notIdentifiant',
] as const;
export type PasswordRule = (typeof passwordRules)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Each rule → met or not. `identifiant` is the account's, so the password cannot contain it. */
export function passwordChecklist(
  password: string,
  identifiant = '',
): Record<PasswordRule, boolean> {
  const id = identifiant.trim().toLowerCase();
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    lowercase: /\p{Ll}/u.test(password),
    uppercase: /\p{Lu}/u.test(password),
    digit: /\d/.test(password),
    special: /[^\p{L}\d]/u.test(password),
    notIdentifiant: id.length < 3 || !password.toLowerCase().includes(id),
  };
}

export function passwordMeetsPolicy(password: string, identifiant = ''): boolean {
  return Object.values(passwordChecklist(password, identifiant)).every(Boolean);
}

/** Rules not met, in checklist order: the first one is the message shown next to the field. */
export function unmetPasswordRules(password: string, identifiant = ''): PasswordRule[] {
  const checklist = passwordChecklist(password, identifiant);
  return passwordRules.filter((rule) => !checklist[rule]);
}

/** A numeric password (the legacy code confidentiel): the login screen then offers the digit pad. */
export function isNumericPassword(password: string): boolean {
  return /^\d+$/.test(password);
}

/**
 * A new password and its confirmation (first sign-in with a temporary password): the policy's
 * first unmet rule is the message, and the confirmation must repeat the password exactly.
 */
export const passwordChangeSchema = z
  .object({ nouveauMotDePasse: z.string(), confirmation: z.string() })
  .superRefine((v, ctx) => {
    const unmet = unmetPasswordRules(v.nouveauMotDePasse);
    if (!v.nouveauMotDePasse || unmet[0])
      ctx.addIssue({
        code: 'custom',
        path: ['nouveauMotDePasse'],
        message: v.nouveauMotDePasse
          ? `account.errors.password.${unmet[0]}`
          : 'account.errors.required',
      });
    if (v.confirmation !== v.nouveauMotDePasse)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmation'],
        message: 'account.errors.confirmationMismatch',
      });
  });
export type PasswordChange = z.input<typeof passwordChangeSchema>;

/** "Mot de passe oublié", first the identifiant (to find the secret question)… */
export const passwordQuestionSchema = z.object({
  identifiant: z.string().trim().min(1, 'validation.identifiant.required'),
});
/** …then the answer to it. */
export const passwordResetSchema = passwordQuestionSchema.extend({
  reponseSecrete: z.string().trim().min(1, 'account.errors.required'),
});
export type PasswordReset = z.input<typeof passwordResetSchema>;
