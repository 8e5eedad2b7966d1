import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectUnsentWork, useKioskStore, type UnsentWork } from '../../store';
import { Button, ConfirmDialog } from '../../ui';
import { useEndVisit } from './useVisitActions';

/**
 * "Terminer", in the action bar during a visit. With something not sent (selectUnsentWork) it
 * first says what would be lost; with nothing in progress it ends the visit at once.
 */
export function EndVisitButton() {
  const { t } = useTranslation();
  const endVisit = useEndVisit();
  const idle = useKioskStore((s) => s.idleWarning !== null);
  const [asking, setAsking] = useState<UnsentWork | null>(null);
  const press = () => {
    const work = selectUnsentWork(useKioskStore.getState());
    if (work) setAsking(work);
    else void endVisit();
  };
  return (
    <>
      <Button priority="tertiary" icon="fr-icon-logout-box-r-line" onClick={press}>
        {t('visit.end')}
      </Button>
      {/* The idle warning takes over the screen; this question comes back once it is dismissed. */}
      {asking && !idle && (
        // "Terminer" while something is not sent: says what would be lost, one tap to end anyway.
        <ConfirmDialog
          id="visit-end"
          title={t('visit.confirmEnd.title')}
          text={t(`visit.confirmEnd.${asking}`)}
          keepLabel={t('visit.confirmEnd.keepGoing')}
          leaveLabel={t('visit.confirmEnd.confirm')}
          onKeep={() => setAsking(null)}
          onLeave={() => {
            setAsking(null);
            void endVisit();
          }}
        />
      )}
    </>
  );
}
