import { useTranslation } from 'react-i18next';
import type { ScanProblemCode } from '../../../shared/contract/documents';
import { ProblemPanel } from '../assist';

/** A clear screen for each way a scan fails, with "Réessayer" and the adviser button. */
export function ScanProblem({ problem, onRetry }: { problem: ScanProblemCode; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <ProblemPanel
      id="scan-problem-title"
      title={t('documents.problems.title')}
      message={t(`documents.problems.${problem}`)}
      retry={
        problem !== 'no_scanner' ? { label: t('documents.problems.retry'), onRetry } : undefined
      }
    />
  );
}
