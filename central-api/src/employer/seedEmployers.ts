import type { Db } from '../db/open';
import type { PasswordHasher } from '../passwords';

/**
 * Demo employer spaces (fictitious), inserted once: a certified entreprise that publishes offers,
 * one still waiting for its certification, and a particulier employeur whose temporary password
 * is replaced at its first sign-in.
 */
export const demoEmployers = [
  {
    identifiant: 'BOULANGERPORT',
    motDePasse: 'Levain-Port-2026',
    kind: 'entreprise',
    siret: '73282932000074',
    certification: 'certified',
    temporary: false,
    profile: { civilite: 'M', prenom: 'Yann', nom: 'Le Gall' },
  },
  {
    identifiant: 'ATELIEROUEST',
    motDePasse: 'Forge-Ouest-2026',
    kind: 'entreprise',
    siret: '55210055400013',
    certification: 'pending_adviser',
    temporary: false,
    profile: { civilite: 'F', prenom: 'Anne', nom: 'Morvan' },
  },
  {
    identifiant: 'PEMDURAND',
    motDePasse: 'Provisoire-Emploi1',
    kind: 'particulier',
    siret: null,
    certification: 'pending_adviser',
    temporary: true,
    profile: { etatCivil: { civilite: 'F', prenom: 'Jeanne', nomNaissance: 'Durand' } },
  },
] as const;

export async function seedDemoEmployers(db: Db, hasher: PasswordHasher, at: string): Promise<void> {
  const exists = db.prepare('SELECT 1 FROM employer_accounts WHERE identifiant = ?');
  const missing = demoEmployers.filter((e) => !exists.get(e.identifiant));
  if (missing.length === 0) return;
  const hashes = await Promise.all(missing.map((e) => hasher.hash(e.motDePasse)));
  const insert = db.prepare(
    `INSERT INTO employer_accounts (kind, identifiant, password_hash, profile_json, siret,
       certification, reference, created_at, must_change_password)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    missing.forEach((e, i) =>
      insert.run(
        e.kind,
        e.identifiant,
        hashes[i],
        JSON.stringify(e.profile),
        e.siret,
        e.certification,
        `DEMO-${e.identifiant}`,
        at,
        e.temporary ? 1 : 0,
      ),
    );
  })();
}
