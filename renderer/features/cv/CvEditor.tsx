import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { KioskErrorInfo } from '../../../shared/contract';
import {
  computeGauge,
  cvSteps,
  cvStepSchema,
  GAUGE_WARNING_THRESHOLD,
  type CvContent,
  type CvStep,
} from '../../../shared/domain/cv';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage, useKioskForm } from '../../ui';
import { cvFieldId, type CvForm } from './cvForm';
import { Gauge } from './Gauge';
import { GaugeDialog } from './GaugeDialog';
import { StepCible } from './StepCible';
import { StepInformations } from './StepInformations';
import { StepMiseEnLigne } from './StepMiseEnLigne';
import { StepMiseEnPage } from './StepMiseEnPage';
import styles from './cv.module.css';

const today = () => {
  const now = new Date();
  return { month: now.getMonth() + 1, year: now.getFullYear() };
};

/** Which step shows a field: where a refusal sends the user back to. */
const stepOfField = (path: string): CvStep =>
  path.startsWith('target') || path === '_' ? 'cible' : 'informations';

/** Field messages to show when a step opens: a refusal that names fields of another step. */
interface Carried {
  step: CvStep;
  fields: Record<string, string>;
}

/**
 * The full mode's four steps; each "continue" saves the draft on the central API. Each step is its
 * own form over the CV draft kept in the store, checked with that step's schema.
 */
export function CvEditor() {
  const hasDraft = useKioskStore((s) => s.cvDraft !== null);
  const step = useKioskStore((s) => s.cvStep);
  // Kept across the steps: "Enregistré" still shows on the step a save has opened.
  const [notice, setNotice] = useState('');
  const [carried, setCarried] = useState<Carried | null>(null);
  if (!hasDraft) return null;
  return (
    <CvStepForm
      key={step}
      step={step}
      notice={notice}
      setNotice={setNotice}
      initialErrors={carried?.step === step ? carried.fields : undefined}
      carry={setCarried}
    />
  );
}

function CvStepForm({
  step,
  notice,
  setNotice,
  initialErrors,
  carry,
}: {
  step: CvStep;
  /** Catalogue key of the last save's outcome. */
  notice: string;
  setNotice(key: string): void;
  initialErrors: Record<string, string> | undefined;
  carry(carried: Carried | null): void;
}) {
  const { t } = useTranslation();
  const cvId = useKioskStore((s) => s.cvId);
  const setStep = useKioskStore((s) => s.setCvStep);
  const cvSaved = useKioskStore((s) => s.cvSaved);
  const cvDone = useKioskStore((s) => s.cvDone);
  const showCvList = useKioskStore((s) => s.showCvList);
  const updateCv = useKioskStore((s) => s.updateCv);
  const schema = useMemo(() => cvStepSchema(step, today()), [step]);
  const form: CvForm = useKioskForm<CvContent>({
    idPrefix: 'cv',
    fieldId: cvFieldId,
    schema,
    // CvEditor shows this form only while there is a draft.
    draft: useKioskStore.getState().cvDraft as CvContent,
    onDraftChange: (next) => updateCv(() => next),
    initialErrors,
  });
  const save = useKioskCall('cv.save');
  const setStatus = useKioskCall('cv.setStatus');
  const [popin, setPopin] = useState<null | 'informations' | 'publish'>(null);
  const index = cvSteps.indexOf(step);
  const gauge = computeGauge(form.values);
  const busy = form.submitting || save.pending || setStatus.pending;

  /**
   * A refusal from main: messages beside their fields (on the step that shows them), a message
   * for the whole CV under `_`, and the error's own message when it names no known field.
   */
  const refused = (error: KioskErrorInfo) => {
    const fields = error.fields ?? {};
    const named = Object.keys(fields).filter((path) => path !== '_');
    const known = named.every((path) => fields[path]?.startsWith('cv.validation.'));
    if (!fields._) {
      if (error.code !== 'invalid_input' || named.length === 0) form.setFormError(error.code);
      else if (!known) form.setFormError('invalid_input');
    }
    const first = Object.keys(fields)[0];
    if (!first) return;
    const target = stepOfField(first);
    if (target === step) return form.showErrors(fields);
    carry({ step: target, fields });
    setStep(target);
  };

  /** Saves the draft at `atStep`; false (errors shown) when refused or already being saved. */
  const saveAt = async (atStep: CvStep, content: CvContent): Promise<boolean> => {
    form.setFormError(null);
    const result = await save.run({ ...(cvId ? { cvId } : {}), step: atStep, content });
    if (!result) return false;
    if (!result.ok) {
      refused(result.error);
      return false;
    }
    carry(null);
    cvSaved(result.value.cvId);
    setNotice(result.value.status === 'queued' ? 'cv.queued' : 'cv.saved');
    return true;
  };

  const publish = async (content: CvContent, ignoreGauge = false) => {
    if (!ignoreGauge && computeGauge(content).percent < GAUGE_WARNING_THRESHOLD)
      return setPopin('publish');
    setPopin(null);
    if (!(await saveAt('miseEnLigne', content))) return;
    const id = useKioskStore.getState().cvId;
    if (!id) return;
    const result = await setStatus.run({
      cvId: id,
      status: content.publication.published ? 'published' : 'draft',
    });
    if (!result) return;
    if (!result.ok) return refused(result.error);
    cvDone();
  };

  // "Enregistrer et continuer", or "Valider" at the last step: the step's schema has passed.
  const submit = form.onSubmit(async (content) => {
    if (step === 'miseEnLigne') return publish(content);
    if (step === 'informations' && gauge.percent < GAUGE_WARNING_THRESHOLD && popin === null) {
      if (await saveAt(step, content)) setPopin('informations');
      return;
    }
    const next = cvSteps[index + 1];
    if (!(await saveAt(next ?? step, content))) return;
    if (next) setStep(next);
  });

  const body = {
    cible: <StepCible form={form} />,
    informations: <StepInformations form={form} />,
    miseEnPage: <StepMiseEnPage form={form} />,
    miseEnLigne: <StepMiseEnLigne form={form} busy={busy} />,
  }[step];
  const wholeCvError = form.errorOf('_');

  return (
    <>
      <div className={styles.cv} inert={popin !== null}>
        <ScreenHeading>{t('cv.title')}</ScreenHeading>
        <p aria-live="polite">
          {t('cv.steps.label', {
            current: index + 1,
            total: cvSteps.length,
            name: t(`cv.steps.${step}`),
          })}
        </p>
        <Gauge percent={gauge.percent} />
        {wholeCvError && <Alert severity="error" message={wholeCvError} focusOnShow />}
        {form.formError && (
          <Alert
            severity="error"
            message={t(`errors.${form.formError}`, { minutes: 0 })}
            focusOnShow
          />
        )}
        <StatusMessage message={notice && t(notice)} tone="success" />
        <h2 className="fr-h4">{t(`cv.steps.${step}`)}</h2>
        <form noValidate onSubmit={submit}>
          {body}
          <div className="kiosk-form-actions kiosk-form-actions--step">
            {index > 0 && (
              <Button priority="secondary" onClick={() => setStep(cvSteps[index - 1]!)}>
                {t('cv.nav.previous')}
              </Button>
            )}
            {step !== 'miseEnLigne' && (
              <Button type="submit" nativeProps={{ disabled: busy }}>
                {t('cv.nav.next')}
              </Button>
            )}
            <Button
              priority="tertiary"
              onClick={() => void saveAt(step, form.values).then((saved) => saved && showCvList())}
            >
              {t('cv.nav.list')}
            </Button>
          </div>
        </form>
      </div>
      {popin &&
        createPortal(
          <GaugeDialog
            percent={gauge.percent}
            onComplete={() => {
              setPopin(null);
              setStep('informations');
            }}
            onIgnore={() => {
              if (popin === 'publish') void publish(form.values, true);
              else {
                setPopin(null);
                setStep('miseEnPage');
              }
            }}
          />,
          document.body,
        )}
    </>
  );
}
