import type { StateCreator } from 'zustand';
import type { LanguageCode } from '../i18n/languages';
import type { KioskState } from './index';

export interface LanguageData {
  /** The visitor's choice for this visit; null means the terminal's own language (settings). */
  language: LanguageCode | null;
}

export interface LanguageSlice extends LanguageData {
  setLanguage(language: LanguageCode): void;
}

export const initialLanguage: LanguageData = { language: null };

export const createLanguageSlice: StateCreator<KioskState, [], [], LanguageSlice> = (set) => ({
  ...initialLanguage,
  setLanguage: (language) => set({ language }),
});
