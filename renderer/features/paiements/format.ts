import { calendarDate } from '../../../shared/domain/time';
import { dateLocale } from '../../ui';

/** 145632 centimes → "1 456,32 €" in the visitor's language (the amounts are always euros). */
export const formatEuros = (centimes: number, language: string) =>
  new Intl.NumberFormat(dateLocale(language), { style: 'currency', currency: 'EUR' }).format(
    centimes / 100,
  );

/** '2026-12-03' → "jeudi 3 décembre 2026": a calendar day, whatever the terminal's time zone. */
export const formatDay = (isoDay: string, language: string, weekday = false) =>
  calendarDate(new Date(`${isoDay.slice(0, 10)}T12:00:00Z`), dateLocale(language), {
    ...(weekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** '2026-10' → "octobre 2026". */
export const formatMonth = (period: string, language: string) =>
  new Intl.DateTimeFormat(dateLocale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${period}-15T12:00:00Z`));
