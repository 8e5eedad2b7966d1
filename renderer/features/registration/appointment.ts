/** An appointment's date and time as a person reads it, in the agencies' time zone. */
export const formatAppointment = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
