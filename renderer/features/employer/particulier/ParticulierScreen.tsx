import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { particulierAccountSchema } from '../../../../shared/domain/particulier';
import { fieldErrorsOf } from '../../../../shared/domain/registration';
import { useKioskApi } from '../../../bridge';
import { ScreenHeading, Stepper, useDocumentTitle } from '../../../ui';
import { ConfirmationStep } from './ConfirmationStep';
import { ControleStep } from './ControleStep';
import { CoordonneesStep } from './CoordonneesStep';
import { EtatCivilStep } from './EtatCivilStep';
import { ReviewStep } from './ReviewStep';
import { SecuriteStep } from './SecuriteStep';
import {
  emptyValues,
  stepperSteps,
  type ControleState,
  type ParticulierValues,
  type Screen,
  type Section,
} from './values';

const sectionOf: Record<string, Section> = { nir: 'etatCivil' };

/**
 * "Créer mon espace Particulier Employeur" as a guided kiosk flow: one group of
 * questions per screen under the registration's stepper, a review with "Modifier" per section,
 * and nothing sent before "Valider la création de mon espace". Everything lives in this screen's
 * state: it is gone with the screen at the end of the visit.
 */
export function ParticulierScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  useDocumentTitle(t('app.documentTitle', { screen: t('employer.particulier.documentTitle') }));
  const [screen, setScreen] = useState<Screen>('etatCivil');
  const [values, setValues] = useState<ParticulierValues>(emptyValues);
  const [editingFromReview, setEditingFromReview] = useState(false);
  const [controle, setControle] = useState<ControleState>({ challenge: null, passed: false });
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [cguError, setCguError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [reference, setReference] = useState('');

  const go = (next: Screen, errors: Record<string, string> = {}) => {
    setRefused(errors);
    setScreen(next);
  };
  const patchOf =
    <S extends Section>(section: S) =>
    (partial: Partial<ParticulierValues[S]>) =>
      setValues((v) => ({ ...v, [section]: { ...v[section], ...partial } }));
  const after = (next: Screen) => () => {
    if (editingFromReview) setEditingFromReview(false);
    go(editingFromReview ? 'review' : next);
  };
  const common = <S extends Section>(section: S, previous?: Screen) => ({
    values: values[section],
    patch: patchOf(section),
    initialErrors: refused,
    editingFromReview,
    previous: previous ? () => go(previous) : undefined,
  });

  const send = async () => {
    if (sending) return;
    setFormError(null);
    const local = fieldErrorsOf(particulierAccountSchema, values);
    setCguError(local.cgu ? t(local.cgu) : undefined);
    if (Object.keys(local).length > 0) return;
    setSending(true);
    const result = await api.call('employer.createParticulier', {
      account: { ...values, cgu: true },
    });
    setSending(false);
    if (result.ok) {
      setReference(result.value.reference);
      return go('confirmation');
    }
    const fields = result.error.fields ?? {};
    if (fields.answer) {
      setControle({ challenge: null, passed: false });
      return go('controle', fields);
    }
    const field = Object.keys(fields)[0];
    const section = field ? (sectionOf[field] ?? (field.split('.')[0] as Section)) : undefined;
    if (field && section && section in values) {
      const inner = field.includes('.') ? field.split('.').slice(1).join('.') : field;
      setEditingFromReview(true);
      return go(section, { [inner]: fields[field] ?? '' });
    }
    setFormError(`errors.${result.error.code}`);
  };

  if (screen === 'confirmation')
    return (
      <div className="kiosk-form-screen">
        <ScreenHeading>{t('employer.particulier.confirmation.title')}</ScreenHeading>
        <ConfirmationStep reference={reference} email={values.coordonnees.email} />
      </div>
    );
  const index = stepperSteps.indexOf(screen);
  const next = stepperSteps[index + 1];
  return (
    <div className="kiosk-form-screen">
      {/* Keyed by step: each step's heading takes the focus when it appears. */}
      <ScreenHeading key={`pem-heading-${screen}`}>{t('employer.particulier.title')}</ScreenHeading>
      <Stepper
        currentStep={index + 1}
        stepCount={stepperSteps.length}
        title={t(`employer.particulier.steps.${screen}`)}
        nextTitle={next ? t(`employer.particulier.steps.${next}`) : undefined}
        progressText={({ currentStep, stepCount }) =>
          t('employer.particulier.progress', { current: currentStep, total: stepCount })
        }
        nextStepText={t('employer.particulier.nextStep')}
      />
      {screen === 'etatCivil' && (
        <>
          <p className="fr-text--sm">{t('employer.particulier.vigilance')}</p>
          <EtatCivilStep {...common('etatCivil')} done={after('coordonnees')} />
        </>
      )}
      {screen === 'coordonnees' && (
        <CoordonneesStep {...common('coordonnees', 'etatCivil')} done={after('securite')} />
      )}
      {screen === 'securite' && (
        <SecuriteStep
          {...common('securite', 'coordonnees')}
          done={after(controle.passed ? 'review' : 'controle')}
        />
      )}
      {screen === 'controle' && (
        <ControleStep
          state={controle}
          setState={setControle}
          initialErrors={refused}
          done={() => go('review')}
          previous={() => go('securite')}
        />
      )}
      {screen === 'review' && (
        <ReviewStep
          values={values}
          setCgu={(cgu) => {
            setCguError(undefined);
            setValues((v) => ({ ...v, cgu }));
          }}
          cguError={cguError}
          formError={formError}
          sending={sending}
          modify={(section) => {
            setEditingFromReview(true);
            go(section);
          }}
          send={() => void send()}
        />
      )}
    </div>
  );
}
