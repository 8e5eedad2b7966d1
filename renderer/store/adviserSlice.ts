import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/**
 * What adviser mode shows over the person's screen, which stays mounted underneath (so it comes
 * back exactly as it was): 'unlock' the code dialog, 'tools' the adviser's tools, 'explanation'
 * the current step in plain words, 'confirmEnd' the question before ending the visit.
 */
export type AdviserView = 'none' | 'unlock' | 'tools' | 'explanation' | 'confirmEnd';

export interface AdviserData {
  /** The adviser's first name while adviser mode is on (the token stays in main). */
  adviserPrenom: string | null;
  adviserView: AdviserView;
  /** The idle timer is paused by the adviser. */
  adviserIdlePaused: boolean;
}

export interface AdviserSlice extends AdviserData {
  showAdviserView(view: AdviserView): void;
  adviserUnlocked(prenom: string): void;
  setAdviserIdlePaused(paused: boolean): void;
  /** Adviser mode is over (left or expired): the person's screen, as it was. */
  adviserLeft(): void;
}

export const initialAdviser: AdviserData = {
  adviserPrenom: null,
  adviserView: 'none',
  adviserIdlePaused: false,
};

export const createAdviserSlice: StateCreator<KioskState, [], [], AdviserSlice> = (set) => ({
  ...initialAdviser,
  showAdviserView: (adviserView) => set({ adviserView }),
  adviserUnlocked: (adviserPrenom) => set({ adviserPrenom, adviserView: 'tools' }),
  setAdviserIdlePaused: (adviserIdlePaused) => set({ adviserIdlePaused }),
  adviserLeft: () => set(initialAdviser),
});
