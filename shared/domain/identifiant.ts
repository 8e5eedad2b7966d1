/**
 * The one identifiant rule. Two shapes open a space:
 * - assigned by France Travail: 7 digits + 1 letter, e.g. "1234567A";
 * - chosen at registration (candidate or entreprise): 6 to 20 letters and digits with at least one
 *   letter, e.g. "frankcapra". The assigned shape is reserved, so a chosen one can never collide
 *   with an assigned one.
 * Case does not matter: every identifiant is kept and compared in upper case.
 */
export type IdentifiantProblem = 'length' | 'characters' | 'noLetter' | 'reserved';

export function normaliseIdentifiant(value: string): string {
  return value.trim().toUpperCase();
}

const ASSIGNED = /^\d{7}[A-Z]$/;

export function chosenIdentifiantProblem(raw: string): IdentifiantProblem | null {
  const value = normaliseIdentifiant(raw);
  if (value.length < 6 || value.length > 20) return 'length';
  if (!/^[A-Z0-9]+$/.test(value)) return 'characters';
  if (!/[A-Z]/.test(value)) return 'noLetter';
  if (ASSIGNED.test(value)) return 'reserved';
  return null;
}

/** An identifiant France Travail assigned (7 digits + 1 letter), e.g. "1234567A". */
export function isAssignedIdentifiant(raw: string): boolean {
  return ASSIGNED.test(normaliseIdentifiant(raw));
}

/** What the sign-in accepts: either shape above, nothing else (no request is sent otherwise). */
export function isSignInIdentifiant(raw: string): boolean {
  return isAssignedIdentifiant(raw) || chosenIdentifiantProblem(raw) === null;
}
