/**
 * Times as French writes them, « 8 h 00 » (no leading zero, « h », two-digit minutes), in the
 * agencies' time zone: one format on every screen and every printed page, where Intl's French
 * gives « 08:00 ». The spaces do not break, so « 8 h » never ends a line without its minutes.
 */
const PARIS = 'Europe/Paris';

/** « 8 h 00 », Paris time. */
export function frenchTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: PARIS,
  }).formatToParts(instant);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}\u00a0h\u00a0${minute}`;
}

/**
 * A calendar date in words, as Intl writes it in `locale`, except that French writes the first
 * of a month as an ordinal: « 1er avril 2027 », where Intl gives « 1 avril ». Dates in figures
 * (« 01/04/2027 ») are left as they are.
 */
export function calendarDate(
  instant: Date,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const format = new Intl.DateTimeFormat(locale, options);
  const inWords =
    options.month === 'long' ||
    options.month === 'short' ||
    (options.dateStyle !== undefined && options.dateStyle !== 'short');
  if (!locale.startsWith('fr') || !inWords) return format.format(instant);
  return format
    .formatToParts(instant)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** « 1er avril 2027 » (long) or « jeudi 1er avril 2027 » (full), Paris time. */
export function frenchDate(instant: Date, dateStyle: 'full' | 'long' = 'long'): string {
  return calendarDate(instant, 'fr-FR', { dateStyle, timeZone: PARIS });
}

/** « mardi 8 décembre 2026 à 9 h 30 » (full) or « 8 décembre 2026 à 9 h 30 » (long), Paris time. */
export function frenchDateTime(instant: Date, dateStyle: 'full' | 'long' = 'full'): string {
  return `${frenchDate(instant, dateStyle)} à ${frenchTime(instant)}`;
}

/**
 * A date and its time in the interface's locale: French as above; another language in its own
 * words and clock, still in Paris time (the agency's appointments and deadlines).
 */
export function localDateTime(
  instant: Date,
  locale: string,
  dateStyle: 'full' | 'long' = 'full',
): string {
  if (locale.startsWith('fr')) return frenchDateTime(instant, dateStyle);
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: PARIS }).format(
    instant,
  );
}
