import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskCall } from '../../bridge';
import { Alert, Button } from '../../ui';
import { useEndVisit } from '../visit';
import { PrintedInFrench } from '../language';

type Kind = 'entreprise' | 'particulier';

/** Where the new employer space opens: not on this kiosk, which is the job seekers' space. */
export function WhereSpaceOpens({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="fr-h5 fr-mt-3w">{t('employer.space.whereTitle')}</h2>
      <p>{t(`employer.space.${kind}`)}</p>
    </>
  );
}

/**
 * The end of both employer confirmations: « Terminer » and « Imprimer le récapitulatif » (main
 * prints the space created in this visit), in the step's bar that keeps them in reach.
 */
export function SpaceCreatedActions({ finish }: { finish: string }) {
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
      {printed && <Alert severity="success" message={t('employer.space.printed')} focusOnShow />}
      {error && <Alert severity="error" message={t(error)} focusOnShow />}
      <PrintedInFrench />
      <div className="kiosk-form-actions kiosk-form-actions--step">
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
