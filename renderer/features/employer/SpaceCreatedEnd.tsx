import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskCall } from '../../bridge';
import { Alert, Button } from '../../ui';
import { useEndVisit } from '../visit';

/**
 * The end of both employer confirmations: where the new space opens (not on this kiosk, which
 * is the job seekers' space), « Imprimer le récapitulatif » (main prints the space created in this
 * visit) and « Terminer ».
 */
export function SpaceCreatedEnd({
  kind,
  finish,
}: {
  kind: 'entreprise' | 'particulier';
  finish: string;
}) {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  const print = useKioskCall('employer.printReceipt');
  const [printed, setPrinted] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const printReceipt = async () => {
    setError(null);
    const result = await print.run({});
    if (!result) return;
    if (result.ok) setPrinted(true);
    else setError(`errors.${result.error.code}`);
  };

  return (
    <>
      <h2 className="fr-h5 fr-mt-3w">{t('employer.space.whereTitle')}</h2>
      <p>{t(`employer.space.${kind}`)}</p>
      {printed && <Alert severity="success" message={t('employer.space.printed')} focusOnShow />}
      {error && <Alert severity="error" message={t(error)} focusOnShow />}
      <div className="kiosk-form-actions">
        <Button onClick={() => void endVisit()}>{finish}</Button>
        <Button
          priority="secondary"
          icon="fr-icon-printer-line"
          onClick={() => void printReceipt()}
        >
          {t('employer.space.print')}
        </Button>
      </div>
    </>
  );
}
