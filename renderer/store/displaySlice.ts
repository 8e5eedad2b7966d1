import type { StateCreator } from 'zustand';
import type { KioskState } from './index';

/** Text size steps: body text at 25, 28 and 32 px (the smallest already 4.8 mm cap height). */
export const textSizes = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];

/** The design system's light and dark themes, and a high-contrast one (black on white, AAA). */
export const displayThemes = ['light', 'dark', 'contrast'] as const;
export type DisplayTheme = (typeof displayThemes)[number];

/**
 * How this visitor wants the screen drawn. A person's choice, not the terminal's: it lives in the
 * store only (never in storage) and goes back to the defaults at every visit end.
 */
export interface DisplayData {
  textSize: TextSize;
  displayTheme: DisplayTheme;
}

export interface DisplaySlice extends DisplayData {
  setTextSize(size: TextSize): void;
  setDisplayTheme(theme: DisplayTheme): void;
}

export const initialDisplay: DisplayData = { textSize: 'normal', displayTheme: 'light' };

export const createDisplaySlice: StateCreator<KioskState, [], [], DisplaySlice> = (set) => ({
  ...initialDisplay,
  setTextSize: (textSize) => set({ textSize }),
  setDisplayTheme: (displayTheme) => set({ displayTheme }),
});
