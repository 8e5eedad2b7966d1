import type { Declaration } from '../../../shared/contract';
import {
  formatEuros,
  parsePeriod,
  type Answers,
  type DateRange,
  questionIds,
} from '../../../shared/domain/actualisation';
import { frenchDateTime } from '../../../shared/domain/time';
import { actualisationQuestionsFr, declarationStatusFr } from '../../../shared/wording';

/**
 * The receipt's words, in French (the document the user keeps and may show to an adviser); its
 * questions and the declaration's status are the screens' own, from shared/wording.
 */

export const statusText: Record<Declaration['status'], string> = declarationStatusFr;

export function periodText(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  return new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p.year, p.month - 1, 15)));
}

/** « 5 novembre 2026 à 11 h 00 », Paris time. */
export function dateTimeText(iso: string): string {
  return frenchDateTime(new Date(iso), 'long');
}

const dayText = (iso: string) => iso.split('-').reverse().join('/');
const rangeText = (dates: DateRange | null) =>
  dates ? `du ${dayText(dates.debut)} au ${dayText(dates.fin)}` : '';

/** Each question with its answer, then the details of a "Oui", as lines of text. */
export function answerLines(
  answers: Answers,
): { question: string; answer: string; details: string[] }[] {
  const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');
  return questionIds.map((id, i) => {
    const details: string[] = [];
    if (id === 'travail')
      for (const e of answers.employeurs)
        details.push(`${e.nom} : ${e.heures} heures, ${formatEuros(e.brutCentimes)} brut`);
    if (id === 'arretMaladie' && answers.arretMaladie)
      details.push(rangeText(answers.arretMaladieDates));
    if (id === 'maternite' && answers.maternite) details.push(rangeText(answers.materniteDates));
    return {
      question: `${i + 1}. ${actualisationQuestionsFr[id]}`,
      answer: yesNo(answers[id]),
      details,
    };
  });
}
