import type { Db } from '../db/open';
import type { PasswordHasher } from '../passwords';
import type { StaffRole } from './auth';

export interface DemoStaffAccount {
  identifiant: string;
  motDePasse: string;
  nom: string;
  role: StaffRole;
  agencyCode: string | null;
  /** The numeric code that unlocks adviser mode on a terminal; IT staff have none. */
  kioskCode: string | null;
}

/** Fictitious agency staff for development, training and tests (central-api/README.md). */
export const demoStaffAccounts: readonly DemoStaffAccount[] = [
  {
    identifiant: 'conseiller.paris',
    motDePasse: 'Conseil-Paris-2026',
    nom: 'Camille Martin',
    role: 'conseiller',
    agencyCode: 'PARIS11',
    kioskCode: '246810',
  },
  {
    identifiant: 'responsable.paris',
    motDePasse: 'Agence-Paris-2026',
    nom: 'Nadia Roussel',
    role: 'responsable',
    agencyCode: 'PARIS11',
    kioskCode: '135790',
  },
  {
    identifiant: 'it.national',
    motDePasse: 'Parc-Bornes-2026',
    nom: 'Julien Lefèvre',
    role: 'it',
    agencyCode: null,
    kioskCode: null,
  },
];

/** Inserts the demo staff when there is no staff account yet (a restart adds nothing). */
export async function seedStaff(db: Db, hasher: PasswordHasher, at: string): Promise<void> {
  const count = (db.prepare('SELECT count(*) AS n FROM staff_accounts').get() as { n: number }).n;
  if (count > 0) return;
  const hashed = await Promise.all(
    demoStaffAccounts.map(async (a) => ({
      account: a,
      password: await hasher.hash(a.motDePasse),
      kioskCode: a.kioskCode === null ? null : await hasher.hash(a.kioskCode),
    })),
  );
  const insert = db.prepare(
    `INSERT INTO staff_accounts
       (identifiant, nom, role, agency_code, password_hash, kiosk_code_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const { account: a, password, kioskCode } of hashed)
      insert.run(a.identifiant, a.nom, a.role, a.agencyCode, password, kioskCode, at);
  })();
}
