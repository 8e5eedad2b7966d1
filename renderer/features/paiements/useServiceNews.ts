import { useTranslation } from 'react-i18next';
import { useKioskQuery } from '../../bridge';
import { formatDateTime } from '../exchanges/format';
import { formatDay } from './format';

/** What a dashboard tile says first, as its badge (and its description when that matters more). */
export interface TileNews {
  badge: string;
  severity: 'success' | 'info' | 'warning';
  description?: string;
}

/**
 * The dashboard's "what matters first", from the central API's summary: the next payment on the
 * payments tile, the unread letters and the next appointment on "Mes échanges". Nothing while it
 * loads or when it fails: the tiles then say what they always say.
 */
export function useServiceNews(): { paiements?: TileNews; echanges?: TileNews } {
  const { t, i18n } = useTranslation();
  const { result } = useKioskQuery('paiements.summary', {});
  if (!result?.ok) return {};
  const s = result.value;
  const lang = i18n.language;
  const paiements: TileNews | undefined =
    s.nextPayment?.state === 'scheduled'
      ? {
          badge: t('dashboard.now.nextPayment', { date: formatDay(s.nextPayment.date, lang) }),
          severity: 'success',
        }
      : s.nextPayment?.state === 'declareFirst'
        ? { badge: t('dashboard.now.declareToBePaid'), severity: 'warning' }
        : s.rightsStatus === 'suspended'
          ? { badge: t('dashboard.now.suspended'), severity: 'warning' }
          : undefined;
  const appointment = s.nextAppointmentAt
    ? t('dashboard.now.appointment', { date: formatDateTime(s.nextAppointmentAt, lang) })
    : undefined;
  const echanges: TileNews | undefined =
    s.unreadLetters > 0
      ? {
          badge: t('dashboard.now.unread', { count: s.unreadLetters }),
          severity: 'info',
          description: appointment,
        }
      : appointment
        ? { badge: appointment, severity: 'info' }
        : undefined;
  return { paiements, echanges };
}
