import { create } from 'zustand';
import {
  createActualisationSlice,
  initialActualisation,
  type ActualisationSlice,
} from './actualisationSlice';
import { createAccountSlice, initialAccount, type AccountSlice } from './accountSlice';
import { createAssistSlice, initialAssist, type AssistSlice } from './assistSlice';
import { createLanguageSlice, initialLanguage, type LanguageSlice } from './languageSlice';
import { createDisplaySlice, initialDisplay, type DisplaySlice } from './displaySlice';
import { createKeyboardSlice, initialKeyboard, type KeyboardSlice } from './keyboardSlice';
import { createCvSlice, initialCv, type CvSlice } from './cvSlice';
import { createNavigationSlice, initialNavigation, type NavigationSlice } from './navigationSlice';
import { createSessionSlice, initialSession, type SessionSlice } from './sessionSlice';
import { createSpeechSlice, initialSpeech, type SpeechSlice } from './speechSlice';
import { createSettingsSlice, initialSettings, type SettingsSlice } from './settingsSlice';
import { createVisitSlice, initialVisit, type VisitSlice } from './visitSlice';
import { createProfilSlice, initialProfil, type ProfilSlice } from './profilSlice';
import { createAdviserSlice, initialAdviser, type AdviserSlice } from './adviserSlice';
import { createOffresSlice, initialOffres, type OffresSlice } from './offresSlice';

export type KioskState = VisitSlice &
  SessionSlice &
  NavigationSlice &
  AssistSlice &
  SettingsSlice &
  ActualisationSlice &
  CvSlice &
  AccountSlice &
  KeyboardSlice &
  LanguageSlice &
  SpeechSlice &
  DisplaySlice &
  ProfilSlice &
  AdviserSlice &
  OffresSlice;
export type { AssistStatus } from './assistSlice';
export { displayThemes, textSizes, type DisplayTheme, type TextSize } from './displaySlice';
export { registrationSteps, type RegistrationStep, type RegistrationValues } from './accountSlice';
export type { IdleWarning, MaxLengthWarning, VisitPhase } from './visitSlice';
export type { ProfilView, ProfilDrafts } from './profilSlice';
export type { AdviserView } from './adviserSlice';
export type { OffresRequest } from './offresSlice';
export { selectUnsentWork, type DeclaredWork, type UnsentWork } from './unsentWork';

/** One store, built from slices (zustand's slices pattern); components select single values. */
export const useKioskStore = create<KioskState>()((...a) => ({
  ...createVisitSlice(...a),
  ...createSessionSlice(...a),
  ...createNavigationSlice(...a),
  ...createAssistSlice(...a),
  ...createSettingsSlice(...a),
  ...createActualisationSlice(...a),
  ...createCvSlice(...a),
  ...createAccountSlice(...a),
  ...createKeyboardSlice(...a),
  ...createLanguageSlice(...a),
  ...createSpeechSlice(...a),
  ...createDisplaySlice(...a),
  ...createProfilSlice(...a),
  ...createAdviserSlice(...a),
  ...createOffresSlice(...a),
}));

/**
 * Every slice back to its initial data: between tests, and at the end of each visit. Settings are the
 * terminal's, not the user's: a visit end keeps them (`keepSettings`) so the welcome screen needs no
 * new round trip.
 */
export function resetKioskStore({ keepSettings = false }: { keepSettings?: boolean } = {}): void {
  const { settings } = useKioskStore.getState();
  useKioskStore.setState({
    ...initialVisit,
    ...initialSession,
    ...initialNavigation,
    ...initialAssist,
    ...initialActualisation,
    ...initialCv,
    ...(keepSettings ? { settings } : initialSettings),
    ...initialAccount,
    ...initialKeyboard,
    ...initialLanguage,
    ...initialSpeech,
    ...initialDisplay,
    ...initialProfil,
    ...initialAdviser,
    ...initialOffres,
  });
}
