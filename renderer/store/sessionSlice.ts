import type { StateCreator } from 'zustand';
import type { Access, Profile } from '../../shared/contract';
import type { KioskState } from './index';

/** The signed-in user's display profile; the only personal data the UI keeps, in memory only. */
export interface SessionData {
  profile: Profile | null;
  /** What the session opens: the whole espace, or the provisional one of a sent registration. */
  access: Access;
}

export interface SessionSlice extends SessionData {
  signedIn(profile: Profile, access: Access): void;
}

export const initialSession: SessionData = { profile: null, access: 'espace' };

export const createSessionSlice: StateCreator<KioskState, [], [], SessionSlice> = (set) => ({
  ...initialSession,
  signedIn: (profile, access) => set({ profile, access }),
});
