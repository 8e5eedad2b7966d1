import type { TFunction } from 'i18next';
import { isFunctionKey, type FunctionKey } from './layouts';

/**
 * What the speech mode says for a key of the on-screen keyboard and for a field's content read
 * back: a voice reads « é » or « @ » alone badly or not at all, so each letter is said with its
 * accent and each sign by its name, in the interface's language (keyboard.spoken.*).
 */

/** The signs of the layouts, by their name in keyboard.spoken.chars. */
const signs: Record<string, string> = {
  '@': 'at',
  '.': 'dot',
  '-': 'hyphen',
  _: 'underscore',
  "'": 'apostrophe',
  ',': 'comma',
  '!': 'exclamation',
  '?': 'question',
  '#': 'hash',
  $: 'dollar',
  '%': 'percent',
  '&': 'ampersand',
  '*': 'asterisk',
  '+': 'plus',
  '=': 'equals',
  '/': 'slash',
  '(': 'openParen',
  ')': 'closeParen',
  '€': 'euro',
  ':': 'colon',
  ';': 'semicolon',
  '"': 'quote',
  '<': 'less',
  '>': 'greater',
  '[': 'openBracket',
  ']': 'closeBracket',
  '~': 'tilde',
  '|': 'pipe',
  '°': 'degree',
  '§': 'section',
  '^': 'caret',
  '`': 'backtick',
  '\\': 'backslash',
  '£': 'pound',
  µ: 'micro',
  '²': 'squared',
  '«': 'openGuillemet',
  '»': 'closeGuillemet',
  '.fr': 'dotFr',
  '.com': 'dotCom',
};

/** French's accents as Unicode's combining marks (a letter decomposed by NFD). */
const marks: Record<string, string> = {
  '\u0301': 'acute',
  '\u0300': 'grave',
  '\u0302': 'circumflex',
  '\u0308': 'diaeresis',
  '\u0327': 'cedilla',
};

const ligatures: Record<string, [string, string]> = { œ: ['o', 'e'], æ: ['a', 'e'] };

/** One character: « e accent aigu », « A majuscule », « arobase », « o et e collés ». */
export function spokenChar(char: string, t: TFunction): string {
  const sign = signs[char];
  if (sign) return t(`keyboard.spoken.chars.${sign}`);
  if (char === ' ') return t('keyboard.keys.space');
  const lower = char.toLowerCase();
  const capital = lower !== char;
  const ligature = ligatures[lower];
  let said: string;
  if (ligature) said = t('keyboard.spoken.ligature', { first: ligature[0], second: ligature[1] });
  else {
    const [base = lower, mark] = [...lower.normalize('NFD')];
    const accent = mark ? marks[mark] : undefined;
    said = accent ? t(`keyboard.spoken.${accent}`, { letter: base }) : lower;
  }
  return capital ? t('keyboard.spoken.capital', { letter: said }) : said;
}

const functionKeyNames: Record<FunctionKey, string> = {
  '{bksp}': 'keyboard.keys.erase',
  '{shift}': 'keyboard.keys.shift',
  '{space}': 'keyboard.keys.space',
  '{enter}': 'keyboard.keys.enter',
  '{hide}': 'keyboard.keys.hide',
  '{symbols}': 'keyboard.keys.symbols',
  '{letters}': 'keyboard.keys.letters',
  '{arabic}': 'keyboard.keys.arabic',
  '{read}': 'keyboard.keys.read',
};

/** A key's visible and accessible name: function keys from the catalogue, others as typed. */
export function keyLabel(key: string, t: TFunction): string {
  return isFunctionKey(key) ? t(functionKeyNames[key]) : key;
}

/**
 * A key as said when touched or reached: a function key by its name, « Majuscule » by the state
 * it is in (`capitals`: the capitals are on), any other key as the text it types.
 */
export function spokenKey(key: string, t: TFunction, capitals: boolean): string {
  if (key === '{shift}')
    return t(capitals ? 'keyboard.spoken.shiftOn' : 'keyboard.spoken.shiftOff');
  if (isFunctionKey(key)) return keyLabel(key, t);
  return signs[key] ? spokenChar(key, t) : [...key].map((c) => spokenChar(c, t)).join(' ');
}

/** Longer values are said as words: spelt, a sentence would take a minute to hear. */
const SPELL_UP_TO = 24;

/**
 * « Relire »: what the field holds. A secret (a password, shown or hidden) is said as its length
 * only; a short value letter by letter (an identifiant, a code postal, an e-mail address); a
 * longer one as it is written.
 */
export function readBack(field: HTMLInputElement | HTMLTextAreaElement, t: TFunction): string {
  const value = field.value;
  if (!value) return t('speech.words.empty');
  const secret =
    (field instanceof HTMLInputElement && field.type === 'password') ||
    field.dataset.kioskSecret !== undefined;
  if (secret) return t('speech.words.passwordTyped', { count: [...value].length });
  if ([...value].length > SPELL_UP_TO) return value;
  return [...value].map((char) => spokenChar(char, t)).join(', ');
}
