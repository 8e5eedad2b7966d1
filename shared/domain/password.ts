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
