import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/** 'sent': an adviser is on the way (until cancelled or the visit ends), whatever the screen. */
export type AssistStatus = 'idle' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'cancelFailed';

export interface AssistData {
  assistStatus: AssistStatus;
  /** The central API's id of the call in progress, to withdraw it ("Annuler l'appel"). */
  assistRequestId: string | null;
  /** Epoch ms of the call, for "Vous attendez depuis 3 minutes". */
  assistSince: number | null;
}

export interface AssistSlice extends AssistData {
  setAssistStatus(status: AssistStatus): void;
  assistCalled(requestId: string, now?: number): void;
}

export const initialAssist: AssistData = {
  assistStatus: 'idle',
  assistRequestId: null,
  assistSince: null,
};

export const createAssistSlice: StateCreator<KioskState, [], [], AssistSlice> = (set) => ({
  ...initialAssist,
  setAssistStatus: (assistStatus) =>
    set(
      assistStatus === 'cancelled' || assistStatus === 'failed'
        ? { assistStatus, assistRequestId: null, assistSince: null }
        : { assistStatus },
    ),
  assistCalled: (assistRequestId, now = Date.now()) =>
    set({ assistStatus: 'sent', assistRequestId, assistSince: now }),
});

/** On a new screen the previous outcome message goes, but an adviser on the way is still coming. */
export const assistOnNewScreen = (state: AssistData): Pick<AssistData, 'assistStatus'> => ({
  assistStatus: state.assistStatus === 'sent' ? 'sent' : 'idle',
});
