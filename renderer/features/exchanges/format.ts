import { dateLocale } from '../../ui';

/** Dates in the user's language (`language`: 'fr' or 'en'), never in the browser's order. */
export const formatDate = (iso: string, locale: string) =>
  new Date(iso).toLocaleDateString(dateLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

export const formatDateTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(dateLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(y!, m! - 1, 1).toLocaleDateString(dateLocale(locale), {
    month: 'long',
    year: 'numeric',
  });
}
