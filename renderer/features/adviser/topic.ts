import type { KioskState } from '../../store';

/**
 * The explanation « Expliquer cette étape » shows for where the person is: the screen, and for
 * the screens made of steps (actualisation, CV) the step. Screens that share a purpose share one
 * explanation (forgotten and new password). Each topic has its text in the catalogues under
 * adviser.explanation.topics.
 */
export function explanationTopic(state: KioskState): string {
  switch (state.screen) {
    case 'actualisation': {
      const step = state.actualisationStep;
      return `actualisation.${step === 'intro' || step === 'review' || step === 'done' ? step : 'questions'}`;
    }
    case 'cv':
      return `cv.${state.cvView === 'edit' ? state.cvStep : 'list'}`;
    case 'registrationResume':
      return 'registration';
    case 'passwordForgotten':
    case 'passwordChange':
      return 'password';
    case 'identifiantForgotten':
      return 'login';
    default:
      return state.screen;
  }
}
