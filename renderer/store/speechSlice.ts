import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/**
 * The visitor's speech settings: the speech mode (what gets the focus is read aloud), its speed
 * and volume, pause, and the last thing said (for « Répéter »). All of it is the visitor's and
 * goes at the end of the visit.
 */
export interface SpeechData {
  speechMode: boolean;
  /** 0.5 to 2 times the normal speed. */
  speechRate: number;
  /** 0.25 to 1. */
  speechVolume: number;
  speechPaused: boolean;
  lastUtterance: string;
  /**
   * Something a component asks the voice to say (the on-screen keyboard's keys): the header's
   * speech control says it. A new object each time, so that the same key said twice is heard twice.
   */
  speechRequest: { text: string } | null;
}

export interface SpeechSlice extends SpeechData {
  setSpeech(change: Partial<SpeechData>): void;
  /** Says the text when the speech mode is on; nothing otherwise. */
  speak(text: string): void;
}

export const initialSpeech: SpeechData = {
  speechMode: false,
  speechRate: 1,
  speechVolume: 1,
  speechPaused: false,
  lastUtterance: '',
  speechRequest: null,
};

export const createSpeechSlice: StateCreator<KioskState, [], [], SpeechSlice> = (set, get) => ({
  ...initialSpeech,
  setSpeech: (change) => set(change),
  speak: (text) => {
    if (get().speechMode) set({ speechRequest: { text } });
  },
});
