import { calendarDate } from '../../../shared/domain/time';
import { dateLocale } from '../../ui';

/** Dates in the user's language (`language`: 'fr' or 'en'), never in the browser's order. */
export const formatDate = (iso: string, locale: string) =>
  calendarDate(new Date(iso), dateLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(y!, m! - 1, 1).toLocaleDateString(dateLocale(locale), {
    month: 'long',
    year: 'numeric',
  });
}
