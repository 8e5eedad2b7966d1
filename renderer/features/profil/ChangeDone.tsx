import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage } from '../../ui';
import { PrintedInFrench } from '../language';
import styles from './profil.module.css';

/** Sent or saved for later: the reference, what the outbox says, and the printed receipt. */
export function ChangeDone() {
  const { t } = useTranslation();
  const receipt = useKioskStore((s) => s.profilReceipt);
  const back = useKioskStore((s) => s.showProfil);
  const print = useKioskCall('profil.printReceipt');
  const [printed, setPrinted] = useState<'idle' | 'printing' | 'printed' | ErrorCode>('idle');
  const title = receipt?.status === 'queued' ? t('profil.done.queued') : t('profil.done.sent');
  if (!receipt) return null;
  const status = receipt.status;
  const onPrint = () => {
    setPrinted('printing');
    void print.run({}).then((result) => {
      if (result) setPrinted(result.ok ? 'printed' : result.error.code);
    });
  };
  const message =
    printed === 'printing'
      ? t('profil.done.printing')
      : printed === 'printed'
        ? t('profil.done.printed')
        : undefined;
  const printError = printed !== 'idle' && !message ? printed : null;
  return (
    <div className={styles.screen}>
      <ScreenHeading>{title}</ScreenHeading>
      <Alert
        severity={status === 'sent' ? 'success' : 'info'}
        message={t(`outbox.submission.${status}Detail`)}
      />
      <p className="fr-text--lg fr-mt-2w">
        {t('profil.done.reference', { reference: receipt.reference })}
      </p>
      <StatusMessage message={message} tone={printed === 'printed' ? 'success' : 'info'} />
      {printError && <Alert severity="error" message={t(`errors.${printError}`)} focusOnShow />}
      <PrintedInFrench />
      <div className="kiosk-form-actions">
        <Button icon="fr-icon-printer-line" onClick={onPrint}>
          {t('profil.done.print')}
        </Button>
        <Button priority="secondary" onClick={back}>
          {t('profil.done.back')}
        </Button>
      </div>
    </div>
  );
}
