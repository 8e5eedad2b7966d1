import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/**
 * What the on-screen keyboard learnt in this visit: a physical key was pressed, so in `auto` mode
 * this person has a keyboard and the on-screen one stays away until the visit ends.
 */
export interface KeyboardData {
  physicalKeyPressed: boolean;
}

export interface KeyboardSlice extends KeyboardData {
  notePhysicalKey(): void;
}

export const initialKeyboard: KeyboardData = { physicalKeyPressed: false };

export const createKeyboardSlice: StateCreator<KioskState, [], [], KeyboardSlice> = (set) => ({
  ...initialKeyboard,
  notePhysicalKey: () => set({ physicalKeyPressed: true }),
});
