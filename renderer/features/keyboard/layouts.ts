/**
 * The on-screen keyboard's layouts, as simple-keyboard reads them: named layouts of rows, keys
 * separated by spaces, function keys in braces. French AZERTY first (the terminals are in French
 * agencies, and French names and addresses need their accents whatever the interface language).
 */

/** What a field expects, from its type and inputMode: it picks the keyboard's first layout. */
export type FieldKind = 'text' | 'email' | 'numeric' | 'decimal' | 'tel';

/** The layouts a kind offers; the first layout shown is `initial`. */
export type LayoutName = 'lower' | 'upper' | 'symbols' | 'pad' | 'arabic';

export const isFunctionKey = (key: string): key is FunctionKey =>
  key.startsWith('{') && key.endsWith('}');

export interface KeyboardLayout {
  layout: Record<LayoutName, string[]>;
  initial: LayoutName;
}

/** Function keys: each has an accessible name (and a visible label) in the catalogues. */
export const functionKeys = [
  '{bksp}',
  '{shift}',
  '{space}',
  '{enter}',
  '{hide}',
  '{symbols}',
  '{letters}',
  '{arabic}',
  '{read}',
] as const;
export type FunctionKey = (typeof functionKeys)[number];

/** Every accented letter of French, on its own row above the letters: one touch, no long press. */
const accents = 'é è ê ë à â ç ù û ü î ï ô œ æ';
/** Where an address is typed, the row above the letters gives what every address needs. */
const emailRow = '@ .fr .com';
const digits = '1 2 3 4 5 6 7 8 9 0 {bksp}';
const azerty = [
  "a z e r t y u i o p ' -",
  'q s d f g h j k l m @ _',
  '{shift} w x c v b n . , ! ?',
];
const symbols = ['# $ % & * + = / ( )', '€ : ; " < > [ ] ~ |', '° § ^ ` \\ £ µ ² « »'];
/** The standard Arabic (101) layout's letters; identifiants and e-mails stay on the Latin keys. */
const arabicLetters = ['ض ص ث ق ف غ ع ه خ ح ج د', 'ش س ي ب ل ا ت ن م ك ط', 'ئ ء ؤ ر لا ى ة و ز ظ'];

/** Capitals of a row, function keys untouched ("œ" → "Œ"). */
function upper(row: string): string {
  return row
    .split(' ')
    .map((key) => (key.startsWith('{') || key.startsWith('.') ? key : key.toUpperCase()))
    .join(' ');
}

/**
 * The layouts for a field of this kind, in this interface language. Arabic gets its letters first
 * and a key to the Latin ones; every other language gets AZERTY. A language with a script of its
 * own adds its rows here. In speech mode (`readBack`) each layout's last row has « Relire », which
 * says what the field holds: a person who cannot see the field hears what they typed.
 */
export function keyboardLayout(
  kind: FieldKind,
  language: string,
  { readBack = false }: { readBack?: boolean } = {},
): KeyboardLayout {
  const arabic = language === 'ar';
  const top = kind === 'email' ? emailRow : accents;
  const read = readBack ? '{read} ' : '';
  const bottom = `{symbols} {space} ${arabic ? '{arabic} ' : ''}${read}{hide} {enter}`;
  // Numeric fields include the dates typed jj/mm/aaaa: their pad has the slash.
  const padExtra = kind === 'decimal' ? ',' : kind === 'tel' ? '+' : '/';
  const layout: Record<LayoutName, string[]> = {
    lower: [top, digits, ...azerty, bottom],
    upper: [upper(top), digits, ...azerty.map(upper), bottom],
    symbols: [digits, ...symbols, `{letters} {space} ${read}{hide} {enter}`],
    pad: ['1 2 3', '4 5 6', '7 8 9', `${padExtra} 0 {bksp}`, `{letters} ${read}{hide} {enter}`],
    arabic: [digits, ...arabicLetters, `{letters} {space} ${read}{hide} {enter}`],
  };
  const numeric = kind === 'numeric' || kind === 'decimal' || kind === 'tel';
  return { layout, initial: numeric ? 'pad' : arabic ? 'arabic' : 'lower' };
}

/** Where {letters} leads back to from the symbols or the pad. */
export function lettersLayout(language: string): LayoutName {
  return language === 'ar' ? 'arabic' : 'lower';
}

const textTypes = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number']);

/** A field the on-screen keyboard types into: an editable text input or a textarea. */
export function isTextField(el: unknown): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return textTypes.has(el.type) && !el.readOnly && !el.disabled;
  return false;
}

/**
 * The field's kind from what it declares: inputMode first (code postal, NIR, SIRET, amounts,
 * hours and dates declare numeric or decimal), then its type, then an e-mail autocomplete.
 */
export function fieldKind(field: HTMLInputElement | HTMLTextAreaElement): FieldKind {
  // Attributes rather than properties: they say what the markup declared, in every DOM.
  const mode = field.getAttribute('inputmode');
  if (mode === 'numeric' || mode === 'decimal' || mode === 'tel' || mode === 'email') return mode;
  if (field instanceof HTMLInputElement) {
    if (field.type === 'number') return 'decimal';
    if (field.type === 'tel') return 'tel';
    if (field.type === 'email') return 'email';
  }
  return /\bemail\b/.test(field.getAttribute('autocomplete') ?? '') ? 'email' : 'text';
}
