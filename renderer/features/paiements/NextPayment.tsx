import { useTranslation } from 'react-i18next';
import type { NextPayment as Next } from '../../../shared/contract/paiements';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';
import { formatDay, formatMonth } from './format';
import styles from './paiements.module.css';

/** The next payment: its date once the month is declared, else what to do to be paid. */
export function NextPayment({ next }: { next: Next | null }) {
  const { t, i18n } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const lang = i18n.language;
  return (
    <section aria-labelledby="pay-next" className={`${styles.section} ${styles.next}`}>
      <h2 id="pay-next" className="fr-h4">
        {t('paiements.next.title')}
      </h2>
      {next?.state === 'scheduled' && (
        <>
          <p>
            {t('paiements.next.scheduled', {
              period: formatMonth(next.period, lang),
              date: formatDay(next.date, lang, true),
            })}
          </p>
          <p>{t('paiements.next.scheduledHelp')}</p>
        </>
      )}
      {next?.state === 'declareFirst' && (
        <>
          <p>{t('paiements.next.declareFirst', { period: formatMonth(next.period, lang) })}</p>
          <p>
            {t('paiements.next.declareFirstHelp', {
              date: formatDay(new Date(Date.parse(next.closesAt) - 1).toISOString(), lang),
            })}
          </p>
          <Button icon="fr-icon-calendar-check-line" onClick={() => goTo('actualisation')}>
            {t('paiements.next.declare')}
          </Button>
        </>
      )}
      {!next && <p>{t('paiements.next.none')}</p>}
    </section>
  );
}
