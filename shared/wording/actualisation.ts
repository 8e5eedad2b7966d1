import type { QuestionId } from '../domain/actualisation';

/**
 * The eight actualisation questions in French, worded once: the screens ask them and the printed
 * receipt repeats them, and the user must read the same question on both.
 */
export const actualisationQuestionsFr = {
  formation: 'Êtes-vous en formation ?',
  travail: 'Avez-vous travaillé ou exercé une activité non salariée ?',
  stage: 'Avez-vous été en stage ?',
  arretMaladie: 'Avez-vous été en arrêt maladie ?',
  maternite: 'Avez-vous été en congé maternité ou paternité ?',
  retraite: 'Percevez-vous une nouvelle pension de retraite ?',
  invalidite: 'Percevez-vous une nouvelle pension d’invalidité de 2e ou 3e catégorie ?',
  rechercheEmploi: 'Êtes-vous toujours à la recherche d’un emploi ?',
} as const satisfies Record<QuestionId, string>;

/**
 * Where a declaration is, worded once for the confirmation screen and the printed receipt: a user
 * who compares them must read the same words, with the same punctuation.
 */
export const declarationStatusFr = {
  sent: 'Envoyée à France Travail',
  queued: 'Enregistrée sur la borne, sera envoyée dès que possible',
} as const satisfies Record<'sent' | 'queued', string>;
