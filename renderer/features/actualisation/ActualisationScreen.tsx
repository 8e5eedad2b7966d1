import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../../shared/domain/actualisation';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { DoneStep } from './DoneStep';
import { QuestionStep } from './QuestionStep';
import { ReviewStep } from './ReviewStep';
import { AlreadyDeclaredView, ClosedView, IntroView } from './StatusViews';
import { useActualisationStatus } from './useActualisation';
import styles from './actualisation.module.css';

/** The monthly actualisation: one screen id, its steps in the store (nothing kept after leaving). */
export function ActualisationScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('actualisation.documentTitle') }));
  const { status, loading, error } = useActualisationStatus();
  const step = useKioskStore((s) => s.actualisationStep);
  const leave = useKioskStore((s) => s.leaveActualisation);

  if (loading && !status) return <p role="status">{t('actualisation.loading')}</p>;
  if (error && !status)
    return (
      <div>
        <ScreenHeading>{t('actualisation.documentTitle')}</ScreenHeading>
        <Alert severity="error" message={t(`errors.${error}`)} focusOnShow />
        <Button priority="secondary" onClick={() => leave()}>
          {t('actualisation.back')}
        </Button>
      </div>
    );
  if (!status) return null;
  if (step === 'done' && status.declaration) return <DoneStep declaration={status.declaration} />;
  if (status.declaration) return <AlreadyDeclaredView declaration={status.declaration} />;
  if (!status.open) return <ClosedView status={status} />;
  if (step === 'intro') return <IntroView status={status} />;
  if (step === 'review' || step === 'done') return <ReviewStep period={status.period} />;
  const period = parsePeriod(status.period);
  // Only reachable by a bug: the contract lets only 'YYYY-MM' periods through.
  if (!period) return <Alert severity="error" message={t('errors.internal')} />;
  return (
    <>
      <QuestionStep key={step} id={step} period={period} />
      <LeaveLink />
    </>
  );
}

/** Leaving halfway: allowed at any time; the answers are not kept. */
function LeaveLink() {
  const { t } = useTranslation();
  const leave = useKioskStore((s) => s.leaveActualisation);
  return (
    <div className={styles.leave}>
      <p className="fr-text--sm" id="actu-leave-hint">
        {t('actualisation.leaveHint')}
      </p>
      <Button
        priority="tertiary"
        onClick={() => leave()}
        nativeProps={{ 'aria-describedby': 'actu-leave-hint' }}
      >
        {t('actualisation.back')}
      </Button>
    </div>
  );
}
