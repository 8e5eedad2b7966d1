import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { parsePeriod } from '../../../shared/domain/actualisation';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, StatusMessage, SubStepHeading } from '../../ui';
import { AnswerList } from './AnswerList';
import { draftToAnswers } from './draft';
import { periodVars } from './format';

/** Every answer with "Modifier", then "Valider ma déclaration". */
export function ReviewStep({ period }: { period: string }) {
  const { t } = useTranslation();
  const submit = useKioskCall('actualisation.submit');
  const refreshStatus = useKioskCall('actualisation.status');
  const draft = useKioskStore((s) => s.actualisationDraft);
  const setStep = useKioskStore((s) => s.setActualisationStep);
  const [error, setError] = useState<ErrorCode | null>(null);
  const p = parsePeriod(period);
  const answers = p ? draftToAnswers(draft, p) : undefined;

  if (!answers) {
    // Only reachable by a bug: every step was checked on the way here.
    return <Alert severity="error" message={t('errors.internal')} />;
  }

  const validate = async () => {
    setError(null);
    // null: a second press while the declaration is being sent, or the screen is gone.
    const result = await submit.run({ answers });
    if (!result) return;
    if (result.ok) {
      useKioskStore.getState().declared(result.value);
      return;
    }
    const { code } = result.error;
    if (code === 'already_declared' || code === 'window_closed') {
      // The period moved on or was declared meanwhile: show what the central API now says.
      const status = await refreshStatus.run({});
      if (status?.ok) useKioskStore.getState().setActualisationStatus(status.value);
    }
    setError(code);
  };

  const errorMessage =
    error === 'api_unreachable' || error === 'api_error' || error === 'internal'
      ? t('actualisation.review.notSent')
      : error
        ? t(`errors.${error}`)
        : '';

  return (
    <div>
      <SubStepHeading level={1}>
        {t('actualisation.review.title', periodVars(period))}
      </SubStepHeading>
      <p>{t('actualisation.review.intro')}</p>
      {error && <Alert severity="error" message={errorMessage} focusOnShow />}
      <AnswerList answers={answers} onEdit={(id) => setStep(id, true)} />
      <StatusMessage message={submit.pending ? t('actualisation.review.sending') : undefined} />
      <div className="kiosk-form-actions kiosk-form-actions--step">
        <Button onClick={() => void validate()} icon="fr-icon-check-line">
          {error ? t('actualisation.review.retry') : t('actualisation.review.submit')}
        </Button>
      </div>
    </div>
  );
}
