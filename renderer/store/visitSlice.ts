import type { StateCreator } from 'zustand';
import type { KioskState } from './index';
import type { DeclaredWork } from './unsentWork';

/**
 * 'ending': the visit is over and the page is about to be reloaded to wipe it (browser mode).
 * 'refused': another page already drives the kiosk (browser mode); this one can do nothing.
 */
export type VisitPhase = 'welcome' | 'visit' | 'ending' | 'refused';

export interface IdleWarning {
  secondsLeft: number;
  /** Epoch milliseconds at which main will end the visit; the countdown is computed from it. */
  deadline: number;
}

/** The maximum visit length is near (main's visit.maxLengthWarning), with its deadline. */
export interface MaxLengthWarning {
  secondsLeft: number;
  extensionsLeft: number;
  extensionMinutes: number;
  deadline: number;
}

export interface VisitData {
  phase: VisitPhase;
  visitId: string | null;
  idleWarning: IdleWarning | null;
  maxLengthWarning: MaxLengthWarning | null;
  /** Work a screen keeps in its own state and would lose at the visit's end (selectUnsentWork). */
  declaredUnsentWork: DeclaredWork | null;
}

export interface VisitSlice extends VisitData {
  visitStarted(visitId: string): void;
  showIdleWarning(secondsLeft: number, now?: number): void;
  dismissIdleWarning(): void;
  showMaxLengthWarning(warning: Omit<MaxLengthWarning, 'deadline'>, now?: number): void;
  dismissMaxLengthWarning(): void;
  visitEnding(): void;
  pageRefused(): void;
  declareUnsentWork(work: DeclaredWork | null): void;
}

export const initialVisit: VisitData = {
  phase: 'welcome',
  visitId: null,
  idleWarning: null,
  maxLengthWarning: null,
  declaredUnsentWork: null,
};

export const createVisitSlice: StateCreator<KioskState, [], [], VisitSlice> = (set) => ({
  ...initialVisit,
  visitStarted: (visitId) =>
    set({ phase: 'visit', visitId, idleWarning: null, maxLengthWarning: null }),
  showIdleWarning: (secondsLeft, now = Date.now()) =>
    set({ idleWarning: { secondsLeft, deadline: now + secondsLeft * 1000 } }),
  dismissIdleWarning: () => set({ idleWarning: null }),
  showMaxLengthWarning: (warning, now = Date.now()) =>
    set({ maxLengthWarning: { ...warning, deadline: now + warning.secondsLeft * 1000 } }),
  dismissMaxLengthWarning: () => set({ maxLengthWarning: null }),
  visitEnding: () =>
    set({ phase: 'ending', visitId: null, idleWarning: null, maxLengthWarning: null }),
  pageRefused: () =>
    set({ phase: 'refused', visitId: null, idleWarning: null, maxLengthWarning: null }),
  declareUnsentWork: (declaredUnsentWork) => set({ declaredUnsentWork }),
});
