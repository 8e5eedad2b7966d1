import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../ui';
import { AssistButton } from '../assist';
import type { CameraProblemCode } from './media';

/** A clear screen for each way the camera is unavailable, with the adviser button. */
export function CameraProblem({
  problem,
  onRetry,
  onScanner,
}: {
  problem: CameraProblemCode;
  onRetry(): void;
  onScanner(): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="kiosk-scan-problem" aria-labelledby="camera-problem-title">
      <h2 id="camera-problem-title" className="fr-h4">
        {t(`documents.camera.problems.${problem}Title`)}
      </h2>
      <Alert severity="error" message={t(`documents.camera.problems.${problem}`)} focusOnShow />
      <div className="kiosk-form-actions">
        {problem !== 'absent' && <Button onClick={onRetry}>{t('documents.camera.retry')}</Button>}
        <Button priority="secondary" onClick={onScanner}>
          {t('documents.camera.useScanner')}
        </Button>
        <AssistButton />
      </div>
    </section>
  );
}
