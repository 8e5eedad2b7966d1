import {
  actualisationWindowAt,
  formatPeriod,
  noActivityAnswers,
  previousPeriod,
  type Answers,
} from '../../shared/domain/actualisation';
import type { Db } from './db/open';
import type { PasswordHasher } from './passwords';
import { seedExchanges } from './seedExchanges';
import { seedAccountDemoData } from './seedAccounts';
import { seedDemoEmployers } from './employer/seedEmployers';
import { seedActualisationHistory } from './seedHistory';
import { seedPaiements } from './seedPaiements';
import { seedProfils } from './seedProfil';
import { seedStaff } from './staff/seedStaff';
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

/**
 * The embedded demo's shared enrolment token: it enrols new labels of a demo-seeded API only
 * (startCentralApi with demo: false revokes it), and never takes over an enrolled label.
 */
export const DEMO_ENROLMENT_TOKEN = 'demo-enrolment-token';

/** A production start: the demo token, if a demo run left it in the database, stops working. */
export function revokeDemoEnrolmentToken(db: Db, now: Date): void {
  db.prepare(
    'UPDATE enrolment_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
  ).run(now.toISOString(), sha256Hex(DEMO_ENROLMENT_TOKEN));
}

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
    `INSERT INTO enrolment_tokens (token_hash, description, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
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
  await seedDemoEmployers(db, hasher, at);
  seedDemoActualisation(db, now);
  seedActualisationHistory(db, now);
  seedPaiements(db, now);
  // Letters, appointments and an adviser for each demo user (only those without).
  await seedExchanges(db, now);
  seedProfils(db, now);
  await seedStaff(db, hasher, at);
}

/** Karim Benali (7654321B) worked a little and has declared: the "already declared" demo. */
export const demoDeclaredAnswers: Answers = {
  ...noActivityAnswers(),
  travail: true,
  employeurs: [{ nom: 'Crêperie Ar Mor', heures: 20, brutCentimes: 24500 }],
};

/**
 * His declaration for the period open at start-up (or the last closed one), idempotent: a restart
 * in the same month adds nothing.
 */
function seedDemoActualisation(db: Db, now: Date): void {
  const window = actualisationWindowAt(now);
  const period = window.open ? window.period : previousPeriod(window.period);
  const opensAt = window.open ? window.opensAt : undefined;
  const user = db.prepare('SELECT id FROM users WHERE identifiant = ?').get('7654321B') as
    { id: number } | undefined;
  if (!user) return;
  const month = formatPeriod(period);
  const submittedAt = opensAt
    ? new Date(Math.min(now.getTime(), opensAt.getTime() + 2 * 86_400_000))
    : new Date(now.getTime() - 86_400_000);
  db.prepare(
    `INSERT INTO actualisations (user_id, period, reference, answers, terminal_id, submitted_at)
     VALUES (?, ?, ?, ?, 'seed', ?) ON CONFLICT DO NOTHING`,
  ).run(
    user.id,
    month,
    `ACT-${month.replace('-', '')}-KB7654`,
    JSON.stringify(demoDeclaredAnswers),
    submittedAt.toISOString(),
  );
}
