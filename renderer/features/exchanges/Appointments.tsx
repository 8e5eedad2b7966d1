import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../shared/contract/documents';
import { Badge } from '../../ui';
import { formatDateTime } from '../../ui';

/**
 * Upcoming appointments first (soonest first), then past ones (latest first). Which are upcoming
 * is the central API's word, by its clock: the terminal's clock may be wrong.
 */
export function Appointments({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation();
  const upcoming = appointments.filter((a) => a.upcoming);
  const past = appointments.filter((a) => !a.upcoming).reverse();
  return (
    <>
      <h3 className="fr-h6">{t('documents.exchanges.upcoming')}</h3>
      <AppointmentList items={upcoming} empty={t('documents.exchanges.noUpcoming')} />
      <h3 className="fr-h6">{t('documents.exchanges.past')}</h3>
      <AppointmentList items={past} empty={t('documents.exchanges.noPast')} />
    </>
  );
}

/** Each appointment a card: what it is, when (in words), with whom and where; how, as a badge. */
function AppointmentList({ items, empty }: { items: Appointment[]; empty: string }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="kiosk-cards">
      {items.map((a) => (
        <li key={a.id} className="kiosk-card">
          <div className="kiosk-card__body">
            <p className="kiosk-card__title">{a.subject}</p>
            <p>
              <time dateTime={a.at}>{formatDateTime(a.at, i18n.language)}</time>
              {' · '}
              {t('documents.exchanges.duration', { minutes: a.durationMinutes })}
            </p>
            <p className="kiosk-card__meta">
              {t('documents.exchanges.appointmentWith', { who: a.withWhom, place: a.place })}
            </p>
          </div>
          <div className="kiosk-card__aside">
            <Badge severity="info">{t(`documents.exchanges.modes.${a.mode}`)}</Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}
