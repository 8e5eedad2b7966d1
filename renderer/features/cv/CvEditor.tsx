import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  computeGauge,
  cvIssues,
  cvSteps,
  GAUGE_WARNING_THRESHOLD,
  type CvStep,
} from '../../../shared/domain/cv';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, StatusMessage } from '../../ui';
import { Gauge } from './Gauge';
import { GaugeDialog } from './GaugeDialog';
import { StepCible } from './StepCible';
import { StepInformations } from './StepInformations';
import { StepMiseEnLigne } from './StepMiseEnLigne';
import { StepMiseEnPage } from './StepMiseEnPage';
import { useCvErrors } from './useCvErrors';
import styles from './cv.module.css';

const today = () => {
  const now = new Date();
  return { month: now.getMonth() + 1, year: now.getFullYear() };
};

/** Which step shows a field: where a refusal sends the user back to. */
const stepOfField = (path: string): CvStep =>
  path.startsWith('target') || path === '_' ? 'cible' : 'informations';

/** The full mode's four steps; each "continue" saves the draft on the central API. */
export function CvEditor() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const draft = useKioskStore((s) => s.cvDraft);
  const cvId = useKioskStore((s) => s.cvId);
  const step = useKioskStore((s) => s.cvStep);
  const setStep = useKioskStore((s) => s.setCvStep);
  const cvSaved = useKioskStore((s) => s.cvSaved);
  const cvDone = useKioskStore((s) => s.cvDone);
  const showCvList = useKioskStore((s) => s.showCvList);
  const errors = useCvErrors();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [popin, setPopin] = useState<null | 'informations' | 'publish'>(null);
  if (!draft) return null;

  const index = cvSteps.indexOf(step);
  const gauge = computeGauge(draft);

  /** Saves the draft at `atStep`; returns false (errors shown) when refused. */
  const save = async (atStep: CvStep): Promise<boolean> => {
    setBusy(true);
    const result = await api.call('cv.save', {
      ...(cvId ? { cvId } : {}),
      step: atStep,
      content: draft,
    });
    setBusy(false);
    if (!result.ok) {
      errors.show(result.error);
      const field = Object.keys(result.error.fields ?? {})[0];
      if (field) setStep(stepOfField(field));
      return false;
    }
    errors.clear();
    cvSaved(result.value.cvId);
    setNotice(t(result.value.status === 'queued' ? 'cv.queued' : 'cv.saved'));
    return true;
  };

  const goNext = async () => {
    const next = cvSteps[index + 1];
    if (step === 'informations') {
      const issues = cvIssues(draft, today());
      const own = Object.fromEntries(
        Object.entries(issues).filter(([k]) => !k.startsWith('target')),
      );
      if (Object.keys(own).length > 0) {
        errors.showFields(own);
        errors.setForm(t('errors.invalid_input'));
        return;
      }
      if (gauge.percent < GAUGE_WARNING_THRESHOLD && popin === null) {
        if (!(await save(step))) return;
        setPopin('informations');
        return;
      }
    }
    if (step === 'cible' && !draft.target.appellation) {
      errors.showFields({ 'target.appellation': 'cv.validation.appellationRequired' });
      return;
    }
    if (!(await save(next ?? step))) return;
    if (next) setStep(next);
  };

  const publish = async (ignoreGauge = false) => {
    if (!ignoreGauge && gauge.percent < GAUGE_WARNING_THRESHOLD) return setPopin('publish');
    setPopin(null);
    if (!(await save('miseEnLigne'))) return;
    const id = useKioskStore.getState().cvId;
    if (!id) return;
    const result = await api.call('cv.setStatus', {
      cvId: id,
      status: draft.publication.published ? 'published' : 'draft',
    });
    if (!result.ok) return errors.show(result.error);
    cvDone();
  };

  const body = {
    cible: <StepCible errors={errors} />,
    informations: <StepInformations errors={errors} />,
    miseEnPage: <StepMiseEnPage errors={errors} />,
    miseEnLigne: <StepMiseEnLigne onValidate={() => void publish()} busy={busy} />,
  }[step];

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
        {errors.form && <Alert severity="error" message={errors.form} focusOnShow />}
        <StatusMessage message={notice} tone="success" />
        <h2 className="fr-h4">{t(`cv.steps.${step}`)}</h2>
        {body}
        <div className="kiosk-form-actions kiosk-form-actions--step">
          {index > 0 && (
            <Button priority="secondary" onClick={() => setStep(cvSteps[index - 1]!)}>
              {t('cv.nav.previous')}
            </Button>
          )}
          {step !== 'miseEnLigne' && (
            <Button onClick={() => void goNext()} nativeProps={{ disabled: busy }}>
              {t('cv.nav.next')}
            </Button>
          )}
          <Button
            priority="tertiary"
            onClick={() => void save(step).then((saved) => saved && showCvList())}
          >
            {t('cv.nav.list')}
          </Button>
        </div>
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
              if (popin === 'publish') void publish(true);
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
