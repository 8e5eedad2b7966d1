import {
  datesProblems,
  parseEmployeurs,
  questionIds,
  type Answers,
  type FieldProblems,
  type Period,
  type QuestionId,
} from '../../../shared/domain/actualisation';
import type { ActualisationDraft, ActualisationStep } from '../../store/actualisationSlice';

/** The problems of one question's screen, as field path → catalogue key; empty when it can go on. */
export function stepProblems(
  id: QuestionId,
  draft: ActualisationDraft,
  period: Period,
): FieldProblems {
  const answer = draft.yesNo[id];
  if (answer === undefined) return { [id]: 'actualisation.chooseAnswer' };
  if (!answer) return {};
  if (id === 'travail') {
    const parsed = parseEmployeurs(draft.employeurs, period);
    return parsed.ok ? {} : parsed.problems;
  }
  if (id === 'arretMaladie' || id === 'maternite') {
    const field = id === 'arretMaladie' ? 'arretMaladieDates' : 'materniteDates';
    return datesProblems(draft[field], period, field);
  }
  return {};
}

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

/** 'employeurs.0.brutCentimes' → the DOM id of its field. */
export const fieldId = (path: string) =>
  `actu-${path.replace('brutCentimes', 'brut').replaceAll('.', '-')}`;
