import type { Input } from 'electron';

/**
 * A keyboard shortcut the kiosk swallows before the page or Chromium sees it. For each modifier:
 * true = must be held, false = must not be held, absent = either. `ctrl` also matches Cmd (meta).
 */
export interface BlockedShortcut {
  name: string;
  /** KeyboardEvent.key values (compared case-insensitively). */
  keys: readonly string[];
  /** KeyboardEvent.code values: layout-independent (AZERTY's Ctrl+0 has key 'à', code 'Digit0'). */
  codes?: readonly string[];
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

// Ctrl shortcuts require Alt NOT held: on Windows AltGr reports Ctrl+Alt, and AltGr+0 is '@' on
// AZERTY, which users type in e-mail addresses.
const ctrl = { ctrl: true, alt: false } as const;

export const BLOCKED_SHORTCUTS: readonly BlockedShortcut[] = [
  { name: 'reload (F5)', keys: ['F5'] },
  { name: 'reload (Ctrl+R)', keys: ['r'], ...ctrl },
  { name: 'hard reload (Ctrl+Shift+R)', keys: ['r'], ...ctrl, shift: true },
  { name: 'devtools (F12)', keys: ['F12'] },
  { name: 'devtools (Ctrl+Shift+I)', keys: ['i'], ...ctrl, shift: true },
  { name: 'devtools console (Ctrl+Shift+J)', keys: ['j'], ...ctrl, shift: true },
  { name: 'devtools inspector (Ctrl+Shift+C)', keys: ['c'], ...ctrl, shift: true },
  { name: 'zoom in (Ctrl +)', keys: ['+', '='], codes: ['NumpadAdd', 'Equal'], ...ctrl },
  { name: 'zoom out (Ctrl -)', keys: ['-', '_'], codes: ['NumpadSubtract', 'Minus'], ...ctrl },
  { name: 'zoom reset (Ctrl 0)', keys: ['0'], codes: ['Digit0', 'Numpad0'], ...ctrl },
  { name: 'print (Ctrl+P)', keys: ['p'], ...ctrl },
  { name: 'close tab (Ctrl+W)', keys: ['w'], ...ctrl },
  { name: 'close tab (Ctrl+F4)', keys: ['F4'], ...ctrl },
  { name: 'close window (Alt+F4)', keys: ['F4'], alt: true },
  { name: 'new window (Ctrl+N)', keys: ['n'], ...ctrl },
  { name: 'new tab (Ctrl+T)', keys: ['t'], ...ctrl },
  { name: 'open file (Ctrl+O)', keys: ['o'], ...ctrl },
  { name: 'save page (Ctrl+S)', keys: ['s'], ...ctrl },
  { name: 'view source (Ctrl+U)', keys: ['u'], ...ctrl },
  { name: 'fullscreen toggle (F11)', keys: ['F11'] },
];

type KeyInput = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'shift' | 'alt'>;

const held = (wanted: boolean | undefined, actual: boolean) =>
  wanted === undefined || wanted === actual;

export function matchesShortcut(shortcut: BlockedShortcut, input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const keyMatches =
    shortcut.keys.some((k) => k.toLowerCase() === key) ||
    (shortcut.codes ?? []).includes(input.code);
  return (
    keyMatches &&
    held(shortcut.ctrl, input.control || input.meta) &&
    held(shortcut.shift, input.shift) &&
    held(shortcut.alt, input.alt)
  );
}

/** The blocked shortcut this key press is, if any (its name is logged, never the key typed). */
export function blockedShortcutOf(input: KeyInput): BlockedShortcut | undefined {
  return BLOCKED_SHORTCUTS.find((shortcut) => matchesShortcut(shortcut, input));
}
