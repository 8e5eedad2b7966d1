import type { StateCreator } from 'zustand';
import type { ScreenId } from '../../shared/contract';
import type { KioskState } from './index';

export interface NavigationData {
  screen: ScreenId;
}

export interface NavigationSlice extends NavigationData {
  goTo(screen: ScreenId): void;
}

export const initialNavigation: NavigationData = { screen: 'welcome' };

export const createNavigationSlice: StateCreator<KioskState, [], [], NavigationSlice> = (set) => ({
  ...initialNavigation,
  // A new screen starts without the previous screen's adviser message: the next call gets its own.
  goTo: (screen) => set({ screen, assistStatus: 'idle' }),
});
