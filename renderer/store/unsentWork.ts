import { emptyRegistration } from './accountSlice';
import type { KioskState } from './index';

/**
 * What the person would lose by ending the visit now: an actualisation answered in part, a CV being
 * edited, a registration under way, or what a screen with its own local state declared (scanned
 * pages not sent, an employer or profile form being filled).
 */
export type UnsentWork = 'actualisation' | 'cv' | 'registration' | 'document' | 'form';

/** The kinds a screen holding its work in local state declares (features/visit useDeclaredUnsentWork). */
export type DeclaredWork = Extract<UnsentWork, 'document' | 'form'>;

/**
 * The one answer to "would Terminer lose something?", from the store alone. Nothing in progress
 * (the dashboard, a receipt, a list) is null: Terminer then asks nothing.
 */
export function selectUnsentWork(state: KioskState): UnsentWork | null {
  if (state.phase !== 'visit') return null;
  if (state.screen === 'actualisation') {
    const step = state.actualisationStep;
    const answered = Object.keys(state.actualisationDraft.yesNo).length > 0;
    if (step !== 'intro' && step !== 'done' && answered) return 'actualisation';
  }
  if (state.screen === 'cv' && state.cvView === 'edit' && state.cvDraft) return 'cv';
  if (state.screen === 'registration') {
    const { step, values } = state.registration;
    const typed = JSON.stringify(values) !== JSON.stringify(emptyRegistration);
    if (step !== 'confirmation' && typed) return 'registration';
  }
  return state.declaredUnsentWork;
}
