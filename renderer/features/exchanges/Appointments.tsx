import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../shared/contract/documents';
import { formatDateTime } from './format';

/** Upcoming appointments first (soonest first), then past ones (latest first). */
export function Appointments({
  appointments,
  now = new Date(),
}: {
  appointments: Appointment[];
  now?: Date;
}) {
  const { t } = useTranslation();
  const upcoming = appointments.filter((a) => new Date(a.at) >= now);
  const past = appointments.filter((a) => new Date(a.at) < now).reverse();
  return (
    <>
      <h3 className="fr-h6">{t('documents.exchanges.upcoming')}</h3>
      <AppointmentList items={upcoming} empty={t('documents.exchanges.noUpcoming')} />
      <h3 className="fr-h6">{t('documents.exchanges.past')}</h3>
      <AppointmentList items={past} empty={t('documents.exchanges.noPast')} />
    </>
  );
}

function AppointmentList({ items, empty }: { items: Appointment[]; empty: string }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((a) => (
        <li key={a.id}>
          <strong>{formatDateTime(a.at, i18n.language)}</strong> — {a.subject}
          <br />
          {t(`documents.exchanges.modes.${a.mode}`)} ·{' '}
          {t('documents.exchanges.appointmentWith', { who: a.withWhom, place: a.place })}
        </li>
      ))}
    </ul>
  );
}
