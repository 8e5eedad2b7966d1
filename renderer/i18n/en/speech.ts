import type { speech as fr } from '../fr/speech';

/** Speech: the "Listen" control, the speech mode and its settings, and what is said. */
export const speech: typeof fr = {
  listen: 'Listen',
  stop: 'Stop reading',
  mode: 'Speech mode',
  settings: 'Voice settings',
  pause: 'Pause',
  resume: 'Resume',
  repeat: 'Repeat',
  slower: 'Slower',
  faster: 'Faster',
  quieter: 'Quieter',
  louder: 'Louder',
  modeOn: 'Speech mode on. What you select will be read aloud.',
  modeOff: 'Speech mode off.',
  unavailable: 'Reading aloud does not work on this terminal. Call an adviser.',
  visitEnded: 'Your visit is over. Nothing you did is kept on the terminal.',
  words: {
    empty: 'empty',
    passwordTyped_one: '{{count}} character typed',
    passwordTyped_other: '{{count}} characters typed',
    checked: 'checked',
    unchecked: 'not checked',
    actions: 'Buttons: {{list}}',
  },
  letter: {
    read: 'Read the letter as text',
    hide: 'Hide the letter’s text',
    label: 'Text of the letter',
    none: 'This letter has no readable text. An adviser can read it to you.',
  },
  admin: {
    title: 'Voice',
    engine: 'Voice engine: {{engine}}',
    engines: {
      platform: 'system voice',
      'espeak-ng': 'espeak-ng (program installed on the kiosk)',
      'espeak-wasm': 'espeak-ng (shipped with the kiosk)',
      recording: 'recording (tests)',
      off: 'off',
      none: 'no French voice',
    },
    configured: 'Setting: {{engine}}',
  },
};
