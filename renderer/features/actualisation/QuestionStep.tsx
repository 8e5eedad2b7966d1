import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parsePeriod,
  questionIds,
  type FieldProblems,
  type QuestionId,
} from '../../../shared/domain/actualisation';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading } from '../../ui';
import { ConfirmStopDialog } from './ConfirmStopDialog';
import { YesNo } from './YesNo';
import { DatesFields } from './DatesFields';
import { EmployeursFields } from './EmployeursFields';
import { fieldId, nextStep, previousStep, stepProblems } from './draft';
import { periodLabel, periodVars } from './format';
import styles from './actualisation.module.css';

/** One question per screen: the question, "Oui" / "Non", and the details a "Oui" needs. */
export function QuestionStep({ id, period }: { id: QuestionId; period: string }) {
  const { t } = useTranslation();
  const draft = useKioskStore((s) => s.actualisationDraft);
  const editing = useKioskStore((s) => s.actualisationEditing);
  const update = useKioskStore((s) => s.updateActualisationDraft);
  const setStep = useKioskStore((s) => s.setActualisationStep);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [confirming, setConfirming] = useState(false);
  const continueRef = useRef<HTMLButtonElement>(null);
  const answer = draft.yesNo[id];
  const periodText = periodLabel(period);
  const errors = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v)]));
  const headingId = `actu-question-${id}`;
  const choiceErrorId = `actu-choice-error`;

  const goOn = () => setStep(editing ? 'review' : nextStep(id));
  const submit = () => {
    const p = parsePeriod(period);
    if (!p) return;
    const found = stepProblems(id, draft, p);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      const target =
        first === id
          ? document.querySelector<HTMLElement>(`[aria-labelledby="${headingId}"] [tabindex="0"]`)
          : document.getElementById(fieldId(first));
      target?.focus();
      return;
    }
    if (id === 'rechercheEmploi' && answer === false) setConfirming(true);
    else goOn();
  };

  return (
    <div className={styles.question}>
      <p className={`fr-text--sm ${styles.progress}`}>
        {t('actualisation.period', periodVars(period))} —{' '}
        {t('actualisation.progress', { n: questionIds.indexOf(id) + 1 })}
      </p>
      <div id={headingId}>
        <ScreenHeading>{t(`actualisation.questions.${id}`)}</ScreenHeading>
      </div>
      <YesNoWithError
        headingId={headingId}
        errorId={choiceErrorId}
        value={answer}
        error={errors[id]}
        onChange={(value) => {
          update((d) => ({ ...d, yesNo: { ...d.yesNo, [id]: value } }));
          setProblems({});
        }}
      />
      {id === 'rechercheEmploi' && answer === false && (
        <Alert severity="warning" message={t('actualisation.stop.warning')} />
      )}
      {id === 'travail' && answer === true && (
        <EmployeursFields
          period={periodText}
          employeurs={draft.employeurs}
          onChange={(employeurs) => update((d) => ({ ...d, employeurs }))}
          errors={errors}
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
          period={period}
          value={id === 'arretMaladie' ? draft.arretMaladieDates : draft.materniteDates}
          onChange={(dates) =>
            update((d) =>
              id === 'arretMaladie'
                ? { ...d, arretMaladieDates: dates }
                : { ...d, materniteDates: dates },
            )
          }
          errors={errors}
        />
      )}
      <div className="kiosk-form-actions kiosk-form-actions--step">
        {!editing && (
          <Button
            priority="secondary"

            onClick={() => setStep(previousStep(id))}
          >
            {t('actualisation.previous')}
          </Button>
        )}
        <Button ref={continueRef} onClick={submit}>
          {t('actualisation.next')}
        </Button>
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
    </div>
  );
}

function YesNoWithError({
  headingId,
  errorId,
  value,
  error,
  onChange,
}: {
  headingId: string;
  errorId: string;
  value: boolean | undefined;
  error: string | undefined;
  onChange(value: boolean): void;
}) {
  return (
    <>
      <YesNo
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
