import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatPeriod,
  questionIds,
  questionSchema,
  type ActualisationDraft,
  type Period,
  type QuestionId,
} from '../../../shared/domain/actualisation';
import { useKioskStore } from '../../store';
import { Alert, Button, SubStepHeading, useKioskForm } from '../../ui';
import { ConfirmStopDialog } from './ConfirmStopDialog';
import { YesNo } from './YesNo';
import { DatesFields } from './DatesFields';
import { EmployeursFields } from './EmployeursFields';
import { nextStep, previousStep } from './draft';
import { periodLabel, periodVars } from './format';
import styles from './actualisation.module.css';

/**
 * One question per screen: the question, "Oui" / "Non", and the details a "Oui" needs. The form's
 * draft is the whole actualisation draft kept in the store (so "Précédent" and "Modifier" lose
 * nothing); the question's schema checks this question only.
 */
export function QuestionStep({ id, period }: { id: QuestionId; period: Period }) {
  const { t } = useTranslation();
  const editing = useKioskStore((s) => s.actualisationEditing);
  const update = useKioskStore((s) => s.updateActualisationDraft);
  const setStep = useKioskStore((s) => s.setActualisationStep);
  const schema = useMemo(() => questionSchema(id, period), [id, period]);
  const form = useKioskForm<ActualisationDraft>({
    idPrefix: 'actu',
    schema,
    draft: useKioskStore.getState().actualisationDraft,
    onDraftChange: (next) => update(() => next),
  });
  const [confirming, setConfirming] = useState(false);
  const draft = form.values;
  const answer = draft.yesNo[id];
  const month = formatPeriod(period);
  const periodText = periodLabel(month);
  const headingId = `actu-question-${id}`;

  const goOn = () => setStep(editing ? 'review' : nextStep(id));
  const submit = form.onSubmit(() => {
    if (id === 'rechercheEmploi' && answer === false) setConfirming(true);
    else goOn();
  });

  return (
    <form noValidate onSubmit={submit} className={styles.question}>
      <p className={`fr-text--sm ${styles.progress}`}>
        {t('actualisation.period', periodVars(month))} —{' '}
        {t('actualisation.progress', { n: questionIds.indexOf(id) + 1 })}
      </p>
      <div id={headingId}>
        <SubStepHeading level={1}>{t(`actualisation.questions.${id}`)}</SubStepHeading>
      </div>
      <p className="fr-text--lead">{t(`actualisation.questionHelp.${id}`)}</p>
      <YesNoWithError
        id={`actu-yesNo-${id}`}
        headingId={headingId}
        value={answer}
        error={form.errorOf(`yesNo.${id}`)}
        onChange={(value) => {
          // The details asked for change with the answer: the previous messages no longer apply.
          form.clearErrors();
          form.set('yesNo', { ...draft.yesNo, [id]: value });
        }}
      />
      {id === 'rechercheEmploi' && answer === false && (
        <Alert severity="warning" message={t('actualisation.stop.warning')} />
      )}
      {id === 'travail' && answer === true && (
        <EmployeursFields
          period={periodText}
          employeurs={draft.employeurs}
          onChange={(employeurs) => form.set('employeurs', employeurs)}
          errorOf={form.errorOf}
        />
      )}
      {(id === 'arretMaladie' || id === 'maternite') && answer === true && (
        <DatesFields
          field={id === 'arretMaladie' ? 'arretMaladieDates' : 'materniteDates'}
          title={t(
            id === 'arretMaladie'
              ? 'actualisation.dates.arretMaladieTitle'
              : 'actualisation.dates.materniteTitle',
            { period: periodText },
          )}
          period={month}
          value={id === 'arretMaladie' ? draft.arretMaladieDates : draft.materniteDates}
          onChange={(dates) =>
            form.set(id === 'arretMaladie' ? 'arretMaladieDates' : 'materniteDates', dates)
          }
          errorOf={form.errorOf}
        />
      )}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        {!editing && (
          <Button priority="secondary" onClick={() => setStep(previousStep(id))}>
            {t('actualisation.previous')}
          </Button>
        )}
        <Button type="submit">{t('actualisation.next')}</Button>
      </div>
      {confirming && (
        <ConfirmStopDialog
          onConfirm={() => {
            setConfirming(false);
            goOn();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

function YesNoWithError({
  id,
  headingId,
  value,
  error,
  onChange,
}: {
  id: string;
  headingId: string;
  value: boolean | undefined;
  error: string | undefined;
  onChange(value: boolean): void;
}) {
  const errorId = 'actu-choice-error';
  return (
    <>
      <YesNo
        id={id}
        labelledBy={headingId}
        value={value}
        onChange={onChange}
        errorId={error ? errorId : undefined}
        invalid={Boolean(error)}
      />
      {error && (
        <p id={errorId} className={`fr-error-text ${styles.choiceError}`}>
          {error}
        </p>
      )}
    </>
  );
}
