import { useTranslation } from 'react-i18next';
import { Alert, Button, SubStepHeading } from '../../ui';
import styles from './documents.module.css';

interface Props {
  reference: string;
  status: 'sent' | 'queued';
  onAnother(): void;
  /** Absent with provisional codes: "Mes échanges" opens once the registration is validated. */
  onExchanges?: () => void;
  onDashboard(): void;
}

/** "envoyé" or "enregistré, sera envoyé", with the reference to quote at the desk. */
export function SentStep({ reference, status, onAnother, onExchanges, onDashboard }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="doc-sent-title">
      <SubStepHeading id="doc-sent-title">
        {status === 'sent' ? t('documents.sent.title') : t('documents.sent.queuedTitle')}
      </SubStepHeading>
      <Alert
        severity="success"
        message={status === 'sent' ? t('documents.sent.sent') : t('documents.sent.queued')}
        focusOnShow
      />
      <p className={styles.reference}>{t('documents.sent.reference', { reference })}</p>
      {onExchanges && <p>{t('documents.sent.followUp')}</p>}
      <div className="kiosk-form-actions">
        <Button onClick={onAnother}>{t('documents.sent.another')}</Button>
        {onExchanges && (
          <Button priority="secondary" onClick={onExchanges}>
            {t('documents.sent.exchanges')}
          </Button>
        )}
        <Button priority="tertiary" onClick={onDashboard}>
          {t('documents.backToDashboard')}
        </Button>
      </div>
    </section>
  );
}
