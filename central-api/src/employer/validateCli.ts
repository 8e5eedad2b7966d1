import { openDatabase } from '../db/open';
import { ApiError } from '../errors';
import { validateOffer } from './offres';

/**
 * `validate-offer <numero>`: what an adviser does in the back office, from the command line
 * (demos, tests). One line says what happened; nothing about the employer.
 */
export function validateOfferCommand(
  dbPath: string,
  numero: string,
  at = new Date(),
): { ok: boolean; line: string } {
  const db = openDatabase(dbPath);
  try {
    validateOffer(db, numero.trim().toUpperCase(), 'cli', at);
    return { ok: true, line: `offer ${numero.trim().toUpperCase()}: published` };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, line: `offer ${numero}: ${error.code}` };
    throw error;
  } finally {
    db.close();
  }
}
