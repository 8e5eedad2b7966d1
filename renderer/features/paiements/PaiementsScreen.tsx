import { useTranslation } from 'react-i18next';
import type { PaymentsOverview } from '../../../shared/contract/paiements';
import { useKioskQuery } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { NextPayment } from './NextPayment';
import { PaymentHistory } from './PaymentHistory';
import { RightsSummary } from './RightsSummary';
import styles from './paiements.module.css';

/**
 * "Mes paiements": the next payment first (what people come for), then the rights, the words
 * explained, and the payments of the last 12 months, each amount said in a sentence too.
 */
export function PaiementsScreen() {
  const { t } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const { result } = useKioskQuery('paiements.overview', {});
  useDocumentTitle(t('app.documentTitle', { screen: t('paiements.documentTitle') }));

  return (
    <div>
      <ScreenHeading>{t('paiements.title')}</ScreenHeading>
      <p>
        <Button
          priority="tertiary"
          icon="fr-icon-arrow-left-line"
          onClick={() => goTo('dashboard')}
        >
          {t('paiements.back')}
        </Button>
      </p>
      {result && !result.ok && (
        <Alert severity="error" message={t(`errors.${result.error.code}`)} focusOnShow />
      )}
      {!result && <p role="status">{t('paiements.loading')}</p>}
      {result?.ok && <Overview data={result.value} />}
    </div>
  );
}

function Overview({ data }: { data: PaymentsOverview }) {
  const { t } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  return (
    <>
      <NextPayment next={data.nextPayment} />
      <RightsSummary rights={data.rights} registeredOn={data.registeredOn} />
      <PaymentHistory payments={data.payments} paidToLast4={data.paidToLast4} />
      <section aria-labelledby="pay-words" className={styles.section}>
        <h2 id="pay-words" className="fr-h4">
          {t('paiements.explain.title')}
        </h2>
        <ul>
          {(['allocation', 'gross', 'deductions', 'net', 'days'] as const).map((word) => (
            <li key={word}>{t(`paiements.explain.${word}`)}</li>
          ))}
        </ul>
      </section>
      <div className={styles.actions}>
        <Button icon="fr-icon-printer-line" onClick={() => goTo('attestations')}>
          {t('paiements.toAttestations')}
        </Button>
      </div>
    </>
  );
}
