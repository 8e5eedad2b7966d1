import {
  parseEmployeurs,
  questionIds,
  type ActualisationDraft,
  type Answers,
  type Period,
  type QuestionId,
} from '../../../shared/domain/actualisation';
import type { ActualisationStep } from '../../store/actualisationSlice';

export function nextStep(id: QuestionId): ActualisationStep {
  const index = questionIds.indexOf(id);
  return questionIds[index + 1] ?? 'review';
}

export function previousStep(id: QuestionId): ActualisationStep {
  const index = questionIds.indexOf(id);
  return index === 0 ? 'intro' : (questionIds[index - 1] ?? 'intro');
}

/** The draft, every step of which was checked, as the contract's answers. */
export function draftToAnswers(draft: ActualisationDraft, period: Period): Answers | undefined {
  const yes = (id: QuestionId) => draft.yesNo[id];
  if (questionIds.some((id) => yes(id) === undefined)) return undefined;
  const employeurs = yes('travail') ? parseEmployeurs(draft.employeurs, period) : undefined;
  if (employeurs && !employeurs.ok) return undefined;
  return {
    formation: yes('formation') === true,
    travail: yes('travail') === true,
    employeurs: employeurs?.employeurs ?? [],
    stage: yes('stage') === true,
    arretMaladie: yes('arretMaladie') === true,
    arretMaladieDates: yes('arretMaladie') ? { ...draft.arretMaladieDates } : null,
    maternite: yes('maternite') === true,
    materniteDates: yes('maternite') ? { ...draft.materniteDates } : null,
    retraite: yes('retraite') === true,
    invalidite: yes('invalidite') === true,
    rechercheEmploi: yes('rechercheEmploi') === true,
  };
}
