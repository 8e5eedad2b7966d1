import { formatDateTime } from '../../ui';

/** An appointment's date and time as a person reads it, in the agencies' time zone. */
export const formatAppointment = (iso: string, language: string): string =>
  formatDateTime(iso, language, 'full');
