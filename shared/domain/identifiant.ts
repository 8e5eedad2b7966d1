/**
 * An identifiant chosen at registration: 6 to 20 letters and digits with at least one letter (the
 * sign-in form accepts letters and digits only, and folds case). The shape of the identifiants
 * France Travail assigns (7 digits + 1 letter) is reserved, so a chosen one can never collide with
 * an assigned one.
 */
export type IdentifiantProblem = 'length' | 'characters' | 'noLetter' | 'reserved';

export function normaliseIdentifiant(value: string): string {
  return value.trim().toUpperCase();
}

export function chosenIdentifiantProblem(raw: string): IdentifiantProblem | null {
  const value = normaliseIdentifiant(raw);
  if (value.length < 6 || value.length > 20) return 'length';
  if (!/^[A-Z0-9]+$/.test(value)) return 'characters';
  if (!/[A-Z]/.test(value)) return 'noLetter';
  if (/^\d{7}[A-Z]$/.test(value)) return 'reserved';
  return null;
}

/** An identifiant France Travail assigned (7 digits + 1 letter), e.g. "1234567A". */
export function isAssignedIdentifiant(raw: string): boolean {
  return /^\d{7}[A-Z]$/.test(normaliseIdentifiant(raw));
}
