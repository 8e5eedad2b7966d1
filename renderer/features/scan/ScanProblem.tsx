import { useTranslation } from 'react-i18next';
import type { ScanProblemCode } from '../../../shared/contract/documents';
import { Alert, Button } from '../../ui';
import { AssistButton } from '../assist';

/** A clear screen for each way a scan fails, with "Réessayer" and the adviser button. */
export function ScanProblem({ problem, onRetry }: { problem: ScanProblemCode; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <section className="kiosk-scan-problem" aria-labelledby="scan-problem-title">
      <h2 id="scan-problem-title" className="fr-h4">
        {t('documents.problems.title')}
      </h2>
      <Alert severity="error" message={t(`documents.problems.${problem}`)} focusOnShow />
      <div className="kiosk-form-actions">
        {problem !== 'no_scanner' && (
          <Button onClick={onRetry}>{t('documents.problems.retry')}</Button>
        )}
        <AssistButton />
      </div>
    </section>
  );
}
