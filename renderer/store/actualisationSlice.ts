import type { StateCreator } from 'zustand';
import type { ActualisationStatus, Declaration } from '../../shared/contract';
import type {
  ActualisationDraft,
  EmployeurDraft,
  QuestionId,
} from '../../shared/domain/actualisation';
import type { KioskState } from './index';
import { assistOnNewScreen } from './assistSlice';

/** Where the user is in the actualisation: the intro, one of the 8 questions, the review, done. */
export type ActualisationStep = 'intro' | QuestionId | 'review' | 'done';

export const emptyEmployeur = (): EmployeurDraft => ({ nom: '', heures: '', brut: '' });

export const emptyDraft = (): ActualisationDraft => ({
  yesNo: {},
  employeurs: [emptyEmployeur()],
  arretMaladieDates: { debut: '', fin: '' },
  materniteDates: { debut: '', fin: '' },
});

export interface ActualisationData {
  actualisationStatus: ActualisationStatus | null;
  actualisationStep: ActualisationStep;
  /** From the review's "Modifier": "Continuer" goes back to the review. */
  actualisationEditing: boolean;
  /** The answers being typed. In memory only; dropped when the user leaves (no draft is kept). */
  actualisationDraft: ActualisationDraft;
}

export interface ActualisationSlice extends ActualisationData {
  setActualisationStatus(status: ActualisationStatus): void;
  setActualisationStep(step: ActualisationStep, editing?: boolean): void;
  updateActualisationDraft(update: (draft: ActualisationDraft) => ActualisationDraft): void;
  declared(declaration: Declaration): void;
  /** Leaving the actualisation: the answers are forgotten, the period status is kept. */
  leaveActualisation(): void;
}

export const initialActualisation: ActualisationData = {
  actualisationStatus: null,
  actualisationStep: 'intro',
  actualisationEditing: false,
  actualisationDraft: emptyDraft(),
};

export const createActualisationSlice: StateCreator<KioskState, [], [], ActualisationSlice> = (
  set,
) => ({
  ...initialActualisation,
  setActualisationStatus: (actualisationStatus) => set({ actualisationStatus }),
  setActualisationStep: (actualisationStep, actualisationEditing = false) =>
    set({ actualisationStep, actualisationEditing }),
  updateActualisationDraft: (update) =>
    set((state) => ({ actualisationDraft: update(state.actualisationDraft) })),
  declared: (declaration) =>
    set((state) => ({
      actualisationStep: 'done',
      actualisationDraft: emptyDraft(),
      actualisationStatus: state.actualisationStatus && {
        ...state.actualisationStatus,
        declaration,
      },
    })),
  leaveActualisation: () =>
    set((state) => ({
      screen: 'dashboard',
      ...assistOnNewScreen(state),
      actualisationStep: 'intro',
      actualisationEditing: false,
      actualisationDraft: emptyDraft(),
    })),
});
