import type { Db } from './db/open';
import type { PasswordHasher } from './passwords';
import { seedAccountDemoData } from './seedAccounts';
import { sha256Hex } from './tokens';

export interface DemoAccount {
  identifiant: string;
  motDePasse: string;
  codePostal: string;
  prenom: string;
  nom: string;
}

/**
 * Fictitious job seekers for development, training and tests. The third one signs in with a legacy
 * six-digit "code confidentiel" instead of a password.
 */
export const demoAccounts: readonly DemoAccount[] = [
  {
    identifiant: '1234567A',
    motDePasse: 'Kiosque2026!',
    codePostal: '75011',
    prenom: 'Camille',
    nom: 'Martin',
  },
  {
    identifiant: '7654321B',
    motDePasse: 'Soleil-Juin-8',
    codePostal: '22200',
    prenom: 'Karim',
    nom: 'Benali',
  },
  {
    identifiant: '2345678C',
    motDePasse: '482913',
    codePostal: '69003',
    prenom: 'Léa',
    nom: 'Dubois',
  },
];

export const DEMO_ENROLMENT_TOKEN = 'demo-enrolment-token';

/** Inserts the demo accounts when there are no users, and the demo enrolment token if missing. */
export async function seedDemoData(
  db: Db,
  hasher: PasswordHasher,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const userCount = (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  // Hash first (async), then write everything in one transaction.
  const hashes =
    userCount === 0 ? await Promise.all(demoAccounts.map((a) => hasher.hash(a.motDePasse))) : [];
  const insertUser = db.prepare(
    `INSERT INTO users (identifiant, password_hash, code_postal, prenom, nom, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertToken = db.prepare(
    `INSERT OR IGNORE INTO enrolment_tokens (token_hash, description, created_at) VALUES (?, ?, ?)`,
  );
  db.transaction(() => {
    demoAccounts.forEach((a, i) => {
      const hash = hashes[i];
      if (hash)
        insertUser.run(a.identifiant.toUpperCase(), hash, a.codePostal, a.prenom, a.nom, at);
    });
    insertToken.run(sha256Hex(DEMO_ENROLMENT_TOKEN), 'demo', at);
  })();
  await seedAccountDemoData(db, hasher, at);
}
