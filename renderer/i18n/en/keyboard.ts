import type { keyboard as fr } from '../fr/keyboard';

/** The on-screen keyboard: its region and the names of its function keys (visible and spoken). */
export const keyboard: typeof fr = {
  label: 'On-screen keyboard',
  keys: {
    erase: 'Delete',
    shift: 'Shift',
    space: 'Space',
    enter: 'Enter',
    hide: 'Hide the keyboard',
    symbols: 'Symbols',
    letters: 'Letters',
    arabic: 'عربي',
  },
};
