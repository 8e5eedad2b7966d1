import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { AdviserContact } from './AdviserContact';
import { Applications } from './Applications';
import { Appointments } from './Appointments';
import { Letters } from './Letters';
import { SentDocuments } from './SentDocuments';
import styles from './exchanges.module.css';
import { useExchanges } from './useExchanges';

/** "Mes échanges": documents sent and their status, letters, appointments, adviser. */
export function ExchangesScreen() {
  const { t } = useTranslation();
  const goTo = useKioskStore((s) => s.goTo);
  const { data, errorCode } = useExchanges();
  useDocumentTitle(t('app.documentTitle', { screen: t('documents.exchanges.documentTitle') }));

  return (
    <div>
      <ScreenHeading>{t('documents.exchanges.title')}</ScreenHeading>
      <p>
        <Button
          priority="tertiary"
          icon="fr-icon-arrow-left-line"
          onClick={() => goTo('dashboard')}
        >
          {t('documents.exchanges.back')}
        </Button>
      </p>
      {errorCode && <Alert severity="error" message={t(`errors.${errorCode}`)} focusOnShow />}
      {!data && !errorCode && <p role="status">{t('documents.exchanges.loading')}</p>}
      {data && (
        <>
          <section aria-labelledby="ex-letters" className={styles.section}>
            <h2 id="ex-letters" className="fr-h4">
              {t('documents.exchanges.lettersTitle')}
            </h2>
            <Letters letters={data.letters} />
          </section>
          <section aria-labelledby="ex-documents" className={styles.section}>
            <h2 id="ex-documents" className="fr-h4">
              {t('documents.exchanges.documentsTitle')}
            </h2>
            {data.documents.length === 0 ? (
              <p>{t('documents.exchanges.noDocuments')}</p>
            ) : (
              <SentDocuments documents={data.documents} />
            )}
            <Button
              priority="secondary"
              icon="fr-icon-file-add-line"
              onClick={() => goTo('documents')}
            >
              {t('documents.exchanges.sendDocument')}
            </Button>
          </section>
          <Applications />
          <section aria-labelledby="ex-appointments" className={styles.section}>
            <h2 id="ex-appointments" className="fr-h4">
              {t('documents.exchanges.appointmentsTitle')}
            </h2>
            <Appointments appointments={data.appointments} />
          </section>
          <section aria-labelledby="ex-adviser" className={styles.section}>
            <h2 id="ex-adviser" className="fr-h4">
              {t('documents.exchanges.adviserTitle')}
            </h2>
            <AdviserContact adviser={data.adviser} />
          </section>
        </>
      )}
    </div>
  );
}
