import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/**
 * 'sent': an adviser has been called (until cancelled or the visit ends), whatever the screen;
 * 'coming': an adviser took the call in the staff console ("J'arrive") and is walking over.
 */
export type AssistStatus =
  'idle' | 'sending' | 'sent' | 'coming' | 'failed' | 'cancelled' | 'cancelFailed';

export interface AssistData {
  assistStatus: AssistStatus;
  /** The central API's id of the call in progress, to withdraw it ("Annuler l'appel"). */
  assistRequestId: string | null;
  /** Epoch ms of the call, for "Vous attendez depuis 3 minutes". */
  assistSince: number | null;
  /** The first name of the adviser who is coming, once one has taken the call. */
  assistAdviser: string | null;
}

export interface AssistSlice extends AssistData {
  setAssistStatus(status: AssistStatus): void;
  assistCalled(requestId: string, now?: number): void;
  /** An adviser took the call ('coming'); or, once they have helped (closed), back to idle. */
  assistFollowed(state: 'waiting' | 'taken' | 'closed' | 'cancelled', adviser: string | null): void;
}

export const initialAssist: AssistData = {
  assistStatus: 'idle',
  assistRequestId: null,
  assistSince: null,
  assistAdviser: null,
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
    set({ assistStatus: 'sent', assistRequestId, assistSince: now, assistAdviser: null }),
  assistFollowed: (state, adviser) =>
    set((current) => {
      if (current.assistStatus !== 'sent' && current.assistStatus !== 'coming') return {};
      if (state === 'taken') return { assistStatus: 'coming', assistAdviser: adviser };
      // The adviser has helped and closed the call, or it was withdrawn: nothing is awaited.
      if (state === 'closed' || state === 'cancelled') return initialAssist;
      return {};
    }),
});

/** On a new screen the previous outcome message goes, but an adviser on the way is still coming. */
export const assistOnNewScreen = (state: AssistData): Pick<AssistData, 'assistStatus'> => ({
  assistStatus:
    state.assistStatus === 'sent' || state.assistStatus === 'coming' ? state.assistStatus : 'idle',
});
