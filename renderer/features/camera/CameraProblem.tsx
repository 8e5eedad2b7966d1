import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { ProblemPanel } from '../assist';
import type { CameraProblemCode } from './media';

/** A clear screen for each way the camera is unavailable, with the scanner and the adviser. */
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
    <ProblemPanel
      id="camera-problem-title"
      title={t(`documents.camera.problems.${problem}Title`)}
      message={t(`documents.camera.problems.${problem}`)}
      retry={problem !== 'absent' ? { label: t('documents.camera.retry'), onRetry } : undefined}
    >
      <Button priority="secondary" onClick={onScanner}>
        {t('documents.camera.useScanner')}
      </Button>
    </ProblemPanel>
  );
}
