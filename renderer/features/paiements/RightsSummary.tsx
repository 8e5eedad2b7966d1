import { useTranslation } from 'react-i18next';
import type { Rights } from '../../../shared/contract/paiements';
import { Alert } from '../../ui';
import { formatDay, formatEuros } from './format';
import styles from './paiements.module.css';

/** "Mes droits": the allowance, where it stands, its daily amount, the days left and the end. */
export function RightsSummary({
  rights,
  registeredOn,
}: {
  rights: Rights | null;
  registeredOn: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="pay-rights" className={styles.section}>
      <h2 id="pay-rights" className="fr-h4">
        {t('paiements.rights.title')}
      </h2>
      {registeredOn && (
        <p>{t('paiements.rights.registeredSince', { date: formatDay(registeredOn, lang) })}</p>
      )}
      {!rights ? (
        <>
          <p>{t('paiements.rights.none')}</p>
          <p>{t('paiements.rights.noneHelp')}</p>
        </>
      ) : (
        <>
          {rights.status === 'suspended' && (
            <Alert
              severity="warning"
              message={[
                `${t('paiements.rights.status.suspended')}.`,
                rights.suspendedOn &&
                  t('paiements.rights.suspendedSince', {
                    date: formatDay(rights.suspendedOn, lang),
                  }),
                rights.suspensionReason && t(`paiements.rights.reason.${rights.suspensionReason}`),
                rights.suspensionReason &&
                  t(`paiements.rights.whatToDo.${rights.suspensionReason}`),
              ]
                .filter(Boolean)
                .join(' ')}
            />
          )}
          <dl className={styles.facts}>
            <dt>{t(`paiements.rights.allocation.${rights.allocation}`)}</dt>
            <dd>{t(`paiements.rights.status.${rights.status}`)}</dd>
            <dt>{t('paiements.rights.opened')}</dt>
            <dd>{formatDay(rights.openedOn, lang)}</dd>
            <dt>{t('paiements.rights.daily')}</dt>
            <dd>
              {t('paiements.rights.dailyValue', {
                gross: formatEuros(rights.dailyGrossCentimes, lang),
                net: formatEuros(rights.dailyNetCentimes, lang),
              })}
            </dd>
            <dt>{t('paiements.rights.remaining')}</dt>
            <dd>{t('paiements.rights.remainingDays', { count: rights.daysRemaining })}</dd>
            <dt>{t('paiements.rights.end')}</dt>
            <dd>{t('paiements.rights.endValue', { date: formatDay(rights.endsOn, lang) })}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
