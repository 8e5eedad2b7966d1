import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../../shared/contract';
import { Alert, Button, StatusMessage } from '../../ui';
import { ReceiptView } from './ReceiptView';
import { usePrintReceipt } from './useActualisation';
import { PrintedInFrench } from '../language';

/** "Imprimer mon justificatif" and "Voir mon justificatif" (the same content, on screen). */
export function ReceiptActions({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const [printState, print] = usePrintReceipt();
  const [shown, setShown] = useState(false);
  const printMessage =
    printState === 'printing'
      ? t('actualisation.done.printing')
      : printState === 'printed'
        ? t('actualisation.done.printed')
        : undefined;
  const printError = printState !== 'idle' && !printMessage ? printState : null;
  return (
    <>
      <StatusMessage message={printMessage} tone={printState === 'printed' ? 'success' : 'info'} />
      {printError && <Alert severity="error" message={t(`errors.${printError}`)} focusOnShow />}
      <PrintedInFrench />
      <div className="kiosk-form-actions">
        <Button icon="fr-icon-printer-line" onClick={print}>
          {t('actualisation.done.print')}
        </Button>
        <Button
          priority="secondary"
          icon="fr-icon-eye-line"
          onClick={() => setShown((s) => !s)}
          nativeProps={{ 'aria-expanded': shown, 'aria-controls': 'actu-receipt' }}
        >
          {shown ? t('actualisation.done.hide') : t('actualisation.done.show')}
        </Button>
      </div>
      <div id="actu-receipt">{shown && <ReceiptView declaration={declaration} />}</div>
    </>
  );
}
