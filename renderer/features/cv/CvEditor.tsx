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
import { Alert, Button, ScreenHeading, StatusMessage, Stepper, useKioskForm } from '../../ui';
import { CvParts } from './CvParts';
import { cvFieldId, type CvForm } from './cvForm';
import { cvPlaces, placeIndex, placeOfField, samePlace, type CvPlace } from './cvPlaces';
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

/** Field messages to show when a screen opens: a refusal that names fields of another screen. */
interface Carried {
  place: CvPlace;
  fields: Record<string, string>;
}

/**
 * The full mode's four steps, the informations step in parts; each "continue" saves the draft on
 * the central API. Each screen is its own form over the CV draft kept in the store (going back
 * loses nothing), checked with that screen's schema.
 */
export function CvEditor() {
  const hasDraft = useKioskStore((s) => s.cvDraft !== null);
  const step = useKioskStore((s) => s.cvStep);
  const part = useKioskStore((s) => s.cvPart);
  // Kept across the steps: "Enregistré" still shows on the step a save has opened.
  const [notice, setNotice] = useState('');
  const [carried, setCarried] = useState<Carried | null>(null);
  if (!hasDraft) return null;
  const place: CvPlace = { step, part };
  return (
    <CvStepForm
      // Keyed by screen: each one's heading takes the focus and its form checks its own fields.
      key={step === 'informations' ? `${step}-${part}` : step}
      place={place}
      notice={notice}
      setNotice={setNotice}
      initialErrors={carried && samePlace(carried.place, place) ? carried.fields : undefined}
      carry={setCarried}
    />
  );
}

function CvStepForm({
  place,
  notice,
  setNotice,
  initialErrors,
  carry,
}: {
  place: CvPlace;
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
  const { step, part } = place;
  const go = (to: CvPlace) => setStep(to.step, to.part);
  const schema = useMemo(
    () => cvStepSchema(step, today(), step === 'informations' ? part : undefined),
    [step, part],
  );
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
  const index = placeIndex(place);
  const previous = cvPlaces[index - 1];
  const next = cvPlaces[index + 1];
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
    const target = placeOfField(first);
    if (samePlace(target, place)) return form.showErrors(fields);
    carry({ place: target, fields });
    go(target);
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

  // "Enregistrer et continuer", or "Valider" at the last step: the screen's schema has passed.
  const submit = form.onSubmit(async (content) => {
    if (step === 'miseEnLigne') return publish(content);
    const leavingInformations = step === 'informations' && next?.step !== 'informations';
    if (leavingInformations && gauge.percent < GAUGE_WARNING_THRESHOLD && popin === null) {
      if (await saveAt(step, content)) setPopin('informations');
      return;
    }
    if (!(await saveAt(next?.step ?? step, content))) return;
    if (next) go(next);
  });

  const body = {
    cible: <StepCible form={form} />,
    informations: <StepInformations form={form} part={part} />,
    miseEnPage: <StepMiseEnPage form={form} />,
    miseEnLigne: <StepMiseEnLigne form={form} />,
  }[step];
  const wholeCvError = form.errorOf('_');

  return (
    <>
      <div className={styles.cv} inert={popin !== null}>
        <ScreenHeading>
          {step === 'informations' ? t(`cv.parts.${part}`) : t('cv.title')}
        </ScreenHeading>
        <Stepper
          steps={cvSteps}
          current={step}
          titleOf={(s) => t(`cv.steps.${s as CvStep}`)}
          progress={(current, total) => t('cv.steps.progress', { current, total })}
          nextStepText={t('cv.steps.nextStep')}
          where={step === 'informations' ? t(`cv.parts.${part}`) : undefined}
        />
        {step === 'informations' && <CvParts current={part} />}
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
        <form noValidate onSubmit={submit} className={styles.form}>
          {body}
          <div className="kiosk-form-actions kiosk-form-actions--step">
            {previous && (
              <Button priority="secondary" onClick={() => go(previous)}>
                {t('cv.nav.previous')}
              </Button>
            )}
            {/* The last step's submit says what it does; it sits in the row that stays in reach. */}
            <Button type="submit" nativeProps={{ disabled: busy }}>
              {step === 'miseEnLigne' ? t('cv.publish.validate') : t('cv.nav.next')}
            </Button>
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
              // Completing starts again from the first part: the person walks through them all.
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
