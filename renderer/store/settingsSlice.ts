import type { StateCreator } from 'zustand';
import type { KioskSettings } from '../../shared/contract';
import type { KioskState } from './index';

export interface SettingsData {
  settings: KioskSettings | null;
}

export interface SettingsSlice extends SettingsData {
  setSettings(settings: KioskSettings): void;
}

export const initialSettings: SettingsData = { settings: null };

export const createSettingsSlice: StateCreator<KioskState, [], [], SettingsSlice> = (set) => ({
  ...initialSettings,
  setSettings: (settings) => set({ settings }),
});
