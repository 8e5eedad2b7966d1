import type { Db } from '../db/open';

/**
 * An identifiant names one account across job seekers and employers: the availability check, the
 * candidate registration and both employer spaces ask this one question.
 */
export function identifiantTaken(db: Db, identifiant: string): boolean {
  return (
    db.prepare('SELECT 1 FROM users WHERE identifiant = ?').get(identifiant) !== undefined ||
    db.prepare('SELECT 1 FROM employer_accounts WHERE identifiant = ?').get(identifiant) !==
      undefined
  );
}
