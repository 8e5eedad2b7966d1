import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Db } from './db/open';
import { wrapText } from '../../shared/print/wrapText';

interface DemoLetter {
  key: string;
  title: string;
  daysAgo: number;
  paragraphs: string[];
}

/** Fictitious letters, in the words France Travail uses in "Mes échanges". */
const demoLetters: readonly DemoLetter[] = [
  {
    key: 'convocation',
    title: 'Convocation à un entretien',
    daysAgo: 3,
    paragraphs: [
      'Madame, Monsieur,',
      'Vous êtes invité(e) à un entretien avec votre conseiller pour faire le point sur votre recherche d’emploi.',
      'Le rendez-vous aura lieu à votre agence. Merci de vous munir de votre CV à jour et d’une pièce d’identité.',
      'En cas d’empêchement, prévenez votre conseiller depuis votre espace personnel ou au 3949.',
      'Votre conseiller France Travail',
    ],
  },
  {
    key: 'notification',
    title: 'Notification de vos droits à l’allocation',
    daysAgo: 21,
    paragraphs: [
      'Madame, Monsieur,',
      'Suite à votre demande d’allocation, nous avons le plaisir de vous informer que vos droits sont ouverts.',
      'Le montant de votre allocation journalière et la durée de vos droits figurent dans votre espace personnel.',
      'Pensez à vous actualiser chaque mois, même si vous avez travaillé.',
      'Votre agence France Travail',
    ],
  },
  {
    key: 'attestation',
    title: 'Attestation d’inscription',
    daysAgo: 45,
    paragraphs: [
      'France Travail atteste que la personne désignée ci-dessus est inscrite sur la liste des demandeurs d’emploi.',
      'Cette attestation est délivrée pour servir et valoir ce que de droit.',
    ],
  },
];

async function letterPdf(letter: DemoLetter, sentAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(letter.title);
  pdf.setCreationDate(sentAt);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  page.drawText('France Travail', { x: 56, y: 780, size: 18, font: bold, color: rgb(0, 0, 0.57) });
  page.drawText(`Le ${sentAt.toLocaleDateString('fr-FR')}`, { x: 400, y: 740, size: 11, font });
  page.drawText(letter.title, { x: 56, y: 690, size: 15, font: bold });
  let y = 650;
  for (const paragraph of letter.paragraphs) {
    for (const line of wrapText(paragraph, font, 11, 480)) {
      page.drawText(line, { x: 56, y, size: 11, font });
      y -= 16;
    }
    y -= 10;
  }
  return pdf.save();
}

interface DemoAgency {
  agency: string;
  address: string;
  postalCode: string;
  town: string;
}

/** Fictitious agencies near the demo accounts' codes postaux; anyone else is seen in Paris. */
const demoAgencies: Readonly<Record<string, DemoAgency>> = {
  '75011': {
    agency: 'Agence France Travail Paris 11e (démonstration)',
    address: '1 rue de la Démonstration',
    postalCode: '75011',
    town: 'Paris',
  },
  '22200': {
    agency: 'Agence France Travail Guingamp (démonstration)',
    address: '2 place de la Démonstration',
    postalCode: '22200',
    town: 'Guingamp',
  },
  '69003': {
    agency: 'Agence France Travail Lyon Part-Dieu (démonstration)',
    address: '3 cours de la Démonstration',
    postalCode: '69003',
    town: 'Lyon',
  },
  '33000': {
    agency: 'Agence France Travail Bordeaux (démonstration)',
    address: '4 quai de la Démonstration',
    postalCode: '33000',
    town: 'Bordeaux',
  },
};
const demoAgency = (codePostal: string): DemoAgency =>
  demoAgencies[codePostal] ?? demoAgencies['75011']!;

const stableId = (...parts: (string | number)[]) =>
  createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24);

/**
 * Letters, appointments and an adviser for every demo user that has none yet (idempotent). Dates
 * are relative to `now` so "upcoming" stays upcoming in a fresh database.
 */
export async function seedExchanges(db: Db, now: Date): Promise<void> {
  const users = db.prepare('SELECT id, code_postal FROM users ORDER BY id').all() as {
    id: number;
    code_postal: string;
  }[];
  const pending = users.filter(
    (u) => !db.prepare('SELECT 1 FROM letters WHERE user_id = ?').get(u.id),
  );
  // Advisers seeded before the address had parts (street and code postal in one string) get them.
  const upgrade = db.prepare(
    `UPDATE advisers SET agency = ?, address = ?, postal_code = ?, town = ? WHERE user_id = ? AND town = ''`,
  );
  for (const user of users) {
    const agency = demoAgency(user.code_postal);
    upgrade.run(agency.agency, agency.address, agency.postalCode, agency.town, user.id);
  }
  if (pending.length === 0) return;
  const day = 86_400_000;
  const letters = await Promise.all(
    demoLetters.map(async (l) => {
      const sentAt = new Date(now.getTime() - l.daysAgo * day);
      return { ...l, sentAt, pdf: Buffer.from(await letterPdf(l, sentAt)) };
    }),
  );
  const at = (days: number, hour: number) => {
    const d = new Date(now.getTime() + days * day);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  const insertLetter = db.prepare(
    'INSERT INTO letters (id, user_id, title, sent_at, pages, pdf) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT DO NOTHING',
  );
  const insertAppointment = db.prepare(
    `INSERT INTO appointments (id, user_id, at, duration_minutes, subject, place, with_whom, mode)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const insertAdviser = db.prepare(
    `INSERT INTO advisers (user_id, name, agency, address, postal_code, town, phone, hours)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  db.transaction(() => {
    for (const user of pending) {
      for (const l of letters)
        insertLetter.run(
          stableId('letter', user.id, l.key),
          user.id,
          l.title,
          l.sentAt.toISOString(),
          l.pdf,
        );
      insertAppointment.run(
        stableId('rdv', user.id, 1),
        user.id,
        at(6, 8),
        30,
        'Entretien de suivi de votre recherche d’emploi',
        'Agence France Travail',
        'Sophie Laurent, conseillère',
        'agence',
      );
      insertAppointment.run(
        stableId('rdv', user.id, 2),
        user.id,
        at(-30, 13),
        45,
        'Atelier « Réussir son CV »',
        'Agence France Travail',
        'Équipe conseil',
        'agence',
      );
      const agency = demoAgency(user.code_postal);
      insertAdviser.run(
        user.id,
        'Sophie Laurent',
        agency.agency,
        agency.address,
        agency.postalCode,
        agency.town,
        '3949',
        'Du lundi au vendredi, 8 h 30 – 12 h 30',
      );
    }
  })();
}
