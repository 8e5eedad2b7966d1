import type { Declaration } from '../../../shared/contract';
import {
  formatEuros,
  parsePeriod,
  type Answers,
  type DateRange,
  type QuestionId,
} from '../../../shared/domain/actualisation';

/**
 * The receipt's words, in French (the document the user keeps and may show to an adviser). The
 * questions are worded as on screen (renderer/i18n/fr/actualisation.ts).
 */
export const receiptQuestions: Record<QuestionId, string> = {
  formation: 'Êtes-vous en formation ?',
  travail: 'Avez-vous travaillé ou exercé une activité non salariée ?',
  stage: 'Avez-vous été en stage ?',
  arretMaladie: 'Avez-vous été en arrêt maladie ?',
  maternite: 'Avez-vous été en congé maternité ou paternité ?',
  retraite: 'Percevez-vous une nouvelle pension de retraite ?',
  invalidite: 'Percevez-vous une nouvelle pension d’invalidité de 2e ou 3e catégorie ?',
  rechercheEmploi: 'Êtes-vous toujours à la recherche d’un emploi ?',
};

export const statusText: Record<Declaration['status'], string> = {
  sent: 'Envoyée à France Travail',
  queued: 'Enregistrée sur la borne, sera envoyée dès que possible',
};

export function periodText(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  return new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p.year, p.month - 1, 15)));
}

export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeZone: 'Europe/Paris',
  }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
  return `${day} à ${time}`;
}

const dayText = (iso: string) => iso.split('-').reverse().join('/');
const rangeText = (dates: DateRange | null) =>
  dates ? `du ${dayText(dates.debut)} au ${dayText(dates.fin)}` : '';

/** Each question with its answer, then the details of a "Oui", as lines of text. */
export function answerLines(
  answers: Answers,
): { question: string; answer: string; details: string[] }[] {
  const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');
  return (Object.keys(receiptQuestions) as QuestionId[]).map((id, i) => {
    const details: string[] = [];
    if (id === 'travail')
      for (const e of answers.employeurs)
        details.push(`${e.nom} : ${e.heures} heures, ${formatEuros(e.brutCentimes)} brut`);
    if (id === 'arretMaladie' && answers.arretMaladie)
      details.push(rangeText(answers.arretMaladieDates));
    if (id === 'maternite' && answers.maternite) details.push(rangeText(answers.materniteDates));
    return { question: `${i + 1}. ${receiptQuestions[id]}`, answer: yesNo(answers[id]), details };
  });
}
