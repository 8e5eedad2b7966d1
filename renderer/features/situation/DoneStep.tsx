import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationReceipt } from '../../../shared/contract';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ReviewList, ScreenHeading, StatusMessage } from '../../ui';
import { dateTimeLabel } from '../actualisation';
import { PrintedInFrench } from '../language';
import { changeRows } from './changeRows';

/** The receipt: sent or saved for later (both are a success), the reference, and printing. */
export function DoneStep({ receipt }: { receipt: SituationReceipt }) {
  const { t } = useTranslation();
  const print = useKioskCall('situation.printReceipt');
  const [printState, setPrintState] = useState<string>('idle');
  const sent = receipt.status === 'sent';
  const onPrint = () => {
    setPrintState('printing');
    void print.run({}).then((result) => {
      if (result) setPrintState(result.ok ? 'printed' : result.error.code);
    });
  };
  const printMessage =
    printState === 'printing'
      ? t('situation.printing')
      : printState === 'printed'
        ? t('situation.printed')
        : undefined;
  const printError = printState !== 'idle' && !printMessage ? printState : null;
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>
        {sent ? t('situation.doneTitleSent') : t('situation.doneTitleQueued')}
      </ScreenHeading>
      <Alert
        severity="success"
        message={sent ? t('outbox.submission.sentDetail') : t('outbox.submission.queuedDetail')}
      />
      <h2 className="fr-h5">{t(`situation.kinds.${receipt.change.kind}`)}</h2>
      <p className="fr-text--bold">{t('situation.reference', { reference: receipt.reference })}</p>
      <p>{t('situation.keepReference')}</p>
      <StatusMessage message={printMessage} tone={printState === 'printed' ? 'success' : 'info'} />
      {printError && <Alert severity="error" message={t(`errors.${printError}`)} focusOnShow />}
      <PrintedInFrench />
      <div className="kiosk-form-actions">
        <Button icon="fr-icon-printer-line" onClick={onPrint}>
          {t('situation.print')}
        </Button>
        <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('dashboard')}>
          {t('situation.backToSpace')}
        </Button>
      </div>
      <p>{t('situation.date', { date: dateTimeLabel(receipt.submittedAt) })}</p>
      <ReviewList rows={changeRows(receipt.change, t)} />
    </div>
  );
}
