import {
  REFERENCE_ALPHABET,
  actualisationWindowAt,
  formatPeriod,
  noActivityAnswers,
  previousPeriod,
  type Answers,
  type Period,
} from '../../shared/domain/actualisation';
import type { Db } from './db/open';

/**
 * "Mes actualisations" for the demo: Camille Martin (1234567A) declared each of the 11 months
 * before the one to do (one with hours worked, one with a sick leave); Karim Benali (7654321B) the
 * 5 before his current one; Léa Dubois has none. Idempotent: one declaration per user and period.
 */
export function seedActualisationHistory(db: Db, now: Date): void {
  // Never the last period that could be declared (open now, or just closed): whether it is
  // declared is each demo account's own story (Camille's to do, Karim's done, seed.ts).
  const window = actualisationWindowAt(now);
  const start = previousPeriod(window.open ? window.period : previousPeriod(window.period));
  const plan: [identifiant: string, code: string, months: number][] = [
    ['1234567A', 'CM', 11],
    ['7654321B', 'KB', 5],
  ];
  const insert = db.prepare(
    `INSERT INTO actualisations (user_id, period, reference, answers, terminal_id, submitted_at)
     VALUES (?, ?, ?, ?, 'seed', ?) ON CONFLICT DO NOTHING`,
  );
  db.transaction(() => {
    for (const [identifiant, code, months] of plan) {
      const user = db.prepare('SELECT id FROM users WHERE identifiant = ?').get(identifiant) as
        { id: number } | undefined;
      if (!user) continue;
      let period: Period = start;
      for (let i = 0; i < months; i += 1, period = previousPeriod(period)) {
        const month = formatPeriod(period);
        const reference = `ACT-${month.replace('-', '')}-${code}HR${REFERENCE_ALPHABET[i] ?? 'Z'}${REFERENCE_ALPHABET[months] ?? 'Z'}`;
        // Sent on the 2nd of the next month, in the morning.
        const submittedAt = new Date(Date.UTC(period.year, period.month, 2, 8, 30)).toISOString();
        insert.run(
          user.id,
          month,
          reference,
          JSON.stringify(answersFor(code, i, month)),
          submittedAt,
        );
      }
    }
  })();
}

function answersFor(code: string, index: number, month: string): Answers {
  if (code === 'CM' && index === 1)
    return {
      ...noActivityAnswers(),
      travail: true,
      employeurs: [{ nom: 'Boulangerie Ménilmontant', heures: 35, brutCentimes: 42_350 }],
    };
  if (code === 'CM' && index === 3)
    return {
      ...noActivityAnswers(),
      arretMaladie: true,
      arretMaladieDates: { debut: `${month}-10`, fin: `${month}-14` },
    };
  return noActivityAnswers();
}
