import type { Db } from './db/open';

/**
 * « Mon profil » for the demo accounts, once (ON CONFLICT DO NOTHING): Camille Martin has an address, a
 * phone and a bank account, and no e-mail address yet; Karim Benali has a new bank account still
 * being checked (« en cours »), so a second one is refused; Léa Dubois has nothing recorded yet.
 */
const demoProfils = [
  {
    identifiant: '1234567A',
    adresse: {
      adresse: '12 rue Oberkampf',
      complement: 'Bâtiment B',
      codePostal: '75011',
      commune: { code: '75056', nom: 'Paris' },
    },
    telephone: '0612345678',
    rib: { titulaire: 'Camille Martin', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    ribPending: null,
  },
  {
    identifiant: '7654321B',
    adresse: {
      adresse: '3 rue Notre-Dame',
      complement: '',
      codePostal: '22200',
      commune: { code: '22070', nom: 'Guingamp' },
    },
    telephone: '0296123456',
    rib: { titulaire: 'Karim Benali', iban: 'FR1420041010050500013M02606', bic: '' },
    ribPending: { titulaire: 'Karim Benali', iban: 'FR7610107001011234567890129', bic: '' },
  },
] as const;

export function seedProfils(db: Db, now: Date): void {
  const insert = db.prepare(
    `INSERT INTO user_profiles
       (user_id, adresse_json, telephone, rib_json, rib_pending_json, rib_pending_since, updated_at)
     SELECT id, ?, ?, ?, ?, ?, ? FROM users WHERE identifiant = ? ON CONFLICT DO NOTHING`,
  );
  const at = now.toISOString();
  // Asked for a day ago: still within the check, whatever the clock of the demo.
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  db.transaction(() => {
    for (const p of demoProfils)
      insert.run(
        JSON.stringify(p.adresse),
        p.telephone,
        JSON.stringify(p.rib),
        p.ribPending ? JSON.stringify(p.ribPending) : null,
        p.ribPending ? since : null,
        at,
        p.identifiant,
      );
  })();
}
