import i18next from 'i18next';
import { parsePeriod } from '../../../shared/domain/actualisation';
import { calendarDate } from '../../../shared/domain/time';
import { dateLocale, formatDateTime } from '../../ui';

const locale = () => dateLocale(i18next.language);

/** '2026-10' → "octobre 2026". */
export function periodLabel(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  return new Intl.DateTimeFormat(locale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p.year, p.month - 1, 15)));
}

/**
 * The period for sentences: `period` "octobre 2026", `ofPeriod` "d’octobre 2026" / "de mai 2026"
 * (French elides "de" before a vowel; English catalogues use `period`).
 */
export function periodVars(period: string): { period: string; ofPeriod: string } {
  const label = periodLabel(period);
  const ofPeriod = /^[aeiouyàâéèêîôû]/i.test(label) ? `d’${label}` : `de ${label}`;
  return { period: label, ofPeriod };
}

/** An instant as a Paris calendar day: "samedi 28 novembre 2026". */
export function dayLabel(instant: string | Date): string {
  return calendarDate(new Date(instant), locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
}

/** The last day of a window: its end is midnight after the 15th, exclusive. */
export function lastDayLabel(closesAt: string): string {
  return dayLabel(new Date(Date.parse(closesAt) - 1));
}

/** "5 novembre 2026 à 11 h 00", Paris time. */
export function dateTimeLabel(instant: string): string {
  return formatDateTime(instant, i18next.language, 'long');
}

/** '2026-10-05' → "05/10/2026". */
export const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/** The last day of a window, short, for a badge: "15 décembre". */
export function lastDayShort(closesAt: string): string {
  return calendarDate(new Date(Date.parse(closesAt) - 1), locale(), {
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Paris',
  });
}
