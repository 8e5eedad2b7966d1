import type { StateCreator } from 'zustand';
import type { Profile } from '../../shared/contract';
import type { KioskState } from './index';

/** The signed-in user's display profile; the only personal data the UI keeps, in memory only. */
export interface SessionData {
  profile: Profile | null;
}

export interface SessionSlice extends SessionData {
  signedIn(profile: Profile): void;
}

export const initialSession: SessionData = { profile: null };

export const createSessionSlice: StateCreator<KioskState, [], [], SessionSlice> = (set) => ({
  ...initialSession,
  signedIn: (profile) => set({ profile }),
});
