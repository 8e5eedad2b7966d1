import { normaliseSecretAnswer } from '../../shared/domain/secretQuestions';
import type { Db } from './db/open';
import type { PasswordHasher } from './passwords';

/**
 * Demo data for the account paths, inserted once whatever else the database holds:
 * - 3456789D signs in with a temporary password and must choose a new one;
 * - 7654321B (seeded by seed.ts) gets a secret question, for "Mot de passe oublié";
 * - establishments that an entreprise account can attach by SIRET.
 */
export const temporaryPasswordAccount = {
  identifiant: '3456789D',
  motDePasse: 'Provisoire-2026',
  codePostal: '33000',
  prenom: 'Nora',
  nom: 'Lefèvre',
} as const;

export const secretQuestionAccount = {
  identifiant: '7654321B',
  questionSecrete: 'villeNaissance',
  reponseSecrete: 'Guingamp',
} as const;

export const demoEstablishments = [
  {
    siret: '73282932000074',
    raisonSociale: 'BOULANGERIE DU PORT',
    adresse: '12 quai Duguay-Trouin, 35400 Saint-Malo',
    codeNaf: '10.71C',
    libelleNaf: 'Boulangerie et boulangerie-pâtisserie',
  },
  {
    siret: '55210055400013',
    raisonSociale: 'ATELIERS MÉCANIQUES DE L’OUEST',
    adresse: '4 rue de la Forge, 44000 Nantes',
    codeNaf: '25.62B',
    libelleNaf: 'Mécanique industrielle',
  },
  {
    siret: '35600000009075',
    raisonSociale: 'LA POSTE — PLATEFORME COURRIER',
    adresse: '1 avenue de la Gare, 63100 Clermont-Ferrand',
    codeNaf: '53.10Z',
    libelleNaf: 'Activités de poste dans le cadre d’une obligation de service universel',
  },
] as const;

export async function seedAccountDemoData(
  db: Db,
  hasher: PasswordHasher,
  at: string,
): Promise<void> {
  const t = temporaryPasswordAccount;
  const hasTemp = db.prepare('SELECT 1 FROM users WHERE identifiant = ?').get(t.identifiant);
  const tempHash = hasTemp ? undefined : await hasher.hash(t.motDePasse);
  const question = db
    .prepare('SELECT secret_question FROM users WHERE identifiant = ?')
    .get(secretQuestionAccount.identifiant) as { secret_question: string | null } | undefined;
  const answerHash =
    question && !question.secret_question
      ? await hasher.hash(normaliseSecretAnswer(secretQuestionAccount.reponseSecrete))
      : undefined;
  db.transaction(() => {
    if (tempHash)
      db.prepare(
        `INSERT INTO users (identifiant, password_hash, code_postal, prenom, nom, created_at, must_change_password)
         VALUES (?, ?, ?, ?, ?, ?, 1)`,
      ).run(t.identifiant, tempHash, t.codePostal, t.prenom, t.nom, at);
    if (answerHash)
      db.prepare(
        `UPDATE users SET secret_question = ?, secret_answer_hash = ?, email = ? WHERE identifiant = ?`,
      ).run(
        secretQuestionAccount.questionSecrete,
        answerHash,
        'karim.benali@example.fr',
        secretQuestionAccount.identifiant,
      );
    const insert = db.prepare(
      `INSERT INTO establishments (siret, raison_sociale, adresse, code_naf, libelle_naf)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    for (const e of demoEstablishments)
      insert.run(e.siret, e.raisonSociale, e.adresse, e.codeNaf, e.libelleNaf);
  })();
}
