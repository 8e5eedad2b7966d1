import type { StateCreator } from 'zustand';
import type { ScreenId } from '../../shared/contract';
import type { KioskState } from './index';
import { assistOnNewScreen } from './assistSlice';

export interface NavigationData {
  screen: ScreenId;
}

export interface NavigationSlice extends NavigationData {
  goTo(screen: ScreenId): void;
}

export const initialNavigation: NavigationData = { screen: 'welcome' };

export const createNavigationSlice: StateCreator<KioskState, [], [], NavigationSlice> = (set) => ({
  ...initialNavigation,
  goTo: (screen) => set((state) => ({ screen, ...assistOnNewScreen(state) })),
});
