import { dateLocale } from '../../ui';

/** An appointment's date and time as a person reads it, in the agencies' time zone. */
export const formatAppointment = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
