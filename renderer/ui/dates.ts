import { localDateTime } from '../../shared/domain/time';

/**
 * Dates as people read and type them here: JJ/MM/AAAA (DD/MM/YYYY in English), whatever the
 * machine's or the browser's language. Native date inputs and locale-less formatting follow the
 * browser, which shows mm/dd/yyyy under an American Chromium: they are not used.
 */

/** The locale that formats dates in the user's language: never the machine's, never US order. */
export function dateLocale(language: string): string {
  if (language.startsWith('en')) return 'en-GB';
  // Arabic month names, day first, with the Western digits the visitor's letters and codes use.
  if (language.startsWith('ar')) return 'ar-u-nu-latn';
  return 'fr-FR';
}

/**
 * A date with its time as shown on screen (an appointment, when a declaration was made), Paris
 * time: « mardi 8 décembre 2026 à 9 h 30 » in French, the one French time format.
 */
export function formatDateTime(
  iso: string,
  language: string,
  dateStyle: 'full' | 'long' = 'full',
): string {
  return localDateTime(new Date(iso), dateLocale(language), dateStyle);
}

/** "14/03/1990" (what the user types) → "1990-03-14" (what the schemas check); anything else as is. */
export function toIsoDate(display: string): string {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(display);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : display;
}

/** "1990-03-14" → "14/03/1990", to show a saved date back in the field. */
export function toDisplayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * What a date field shows after a key press: digits only, the slashes put in as the day and the
 * month are complete (a numeric keypad has no "/"). A "/" typed after a one-digit day or month
 * pads it ("5/" → "05/"); a deletion never puts back the slash just removed.
 */
export function typedDate(raw: string, previous: string): string {
  const deleting = raw.length < previous.length;
  const groups = raw.replace(/[^\d/]/g, '').split('/');
  let digits = '';
  groups.forEach((group, i) => {
    const closed = i < groups.length - 1;
    const padded = closed && group.length === 1 && digits.length < 4 ? `0${group}` : group;
    digits += padded;
  });
  digits = digits.slice(0, 8);
  const day = digits.slice(0, 2);
  const month = digits.slice(2, 4);
  const year = digits.slice(4);
  let shown = day;
  if (digits.length > 2 || (digits.length === 2 && !deleting)) shown += '/';
  shown += month;
  if (digits.length > 4 || (digits.length === 4 && !deleting)) shown += '/';
  return shown + year;
}
