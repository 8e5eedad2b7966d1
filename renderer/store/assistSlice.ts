import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

export type AssistStatus = 'idle' | 'sending' | 'sent' | 'failed';

export interface AssistData {
  assistStatus: AssistStatus;
}

export interface AssistSlice extends AssistData {
  setAssistStatus(status: AssistStatus): void;
}

export const initialAssist: AssistData = { assistStatus: 'idle' };

export const createAssistSlice: StateCreator<KioskState, [], [], AssistSlice> = (set) => ({
  ...initialAssist,
  setAssistStatus: (assistStatus) => set({ assistStatus }),
});
