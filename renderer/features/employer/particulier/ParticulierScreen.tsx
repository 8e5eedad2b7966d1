import { useState } from 'react';
import { useDeclaredUnsentWork } from '../../visit';
import { useTranslation } from 'react-i18next';
import { particulierAccountSchema } from '../../../../shared/domain/particulier';
import { useKioskCall } from '../../../bridge';
import { ScreenHeading, Stepper, useDocumentTitle, useKioskForm } from '../../../ui';
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
/** The review's own question: "Je m'engage à respecter les CGU". */
const cguSchema = particulierAccountSchema.pick({ cgu: true });

/**
 * "Créer mon espace Particulier Employeur" as a guided kiosk flow: one group of
 * questions per screen under the registration's stepper, a review with "Modifier" per section,
 * and nothing sent before "Valider la création de mon espace". Everything lives in this screen's
 * state: it is gone with the screen at the end of the visit.
 */
export function ParticulierScreen() {
  const { t } = useTranslation();
  const create = useKioskCall('employer.createParticulier');
  useDocumentTitle(t('app.documentTitle', { screen: t('employer.particulier.documentTitle') }));
  const [screen, setScreen] = useState<Screen>('etatCivil');
  const [values, setValues] = useState<ParticulierValues>(emptyValues);
  const [editingFromReview, setEditingFromReview] = useState(false);
  const [controle, setControle] = useState<ControleState>({ challenge: null, passed: false });
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [reference, setReference] = useState('');
  // Anything typed before the request is sent is what "Terminer" would throw away.
  useDeclaredUnsentWork('form', values !== emptyValues && !reference);

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

  const review = useKioskForm<Pick<ParticulierValues, 'cgu'>>({
    idPrefix: 'pem',
    schema: cguSchema,
    draft: { cgu: values.cgu },
    onDraftChange: ({ cgu }) => setValues((v) => ({ ...v, cgu })),
  });
  const send = review.onSubmit(async () => {
    // Each step checked its section; this is the account main expects, or nothing is sent.
    const parsed = particulierAccountSchema.safeParse(values);
    if (!parsed.success) return;
    const result = await create.run({ account: parsed.data });
    if (!result) return;
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
    review.setFormError(result.error.code);
  });

  if (screen === 'confirmation')
    return (
      <div className="kiosk-form-screen">
        <ScreenHeading>{t('employer.particulier.confirmation.title')}</ScreenHeading>
        <ConfirmationStep reference={reference} email={values.coordonnees.email} />
      </div>
    );
  return (
    <div className="kiosk-form-screen">
      {/* The stepper's title is each step's heading: it takes the focus and names the step. */}
      <ScreenHeading>{t('employer.particulier.title')}</ScreenHeading>
      <Stepper
        steps={stepperSteps}
        current={screen}
        titleOf={(step) => t(`employer.particulier.steps.${step}`)}
        progress={(current, total) => t('employer.particulier.progress', { current, total })}
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
            review.clearErrors();
            review.set('cgu', cgu);
          }}
          cguError={review.errorOf('cgu')}
          formError={review.formError && `errors.${review.formError}`}
          sending={review.submitting}
          modify={(section) => {
            setEditingFromReview(true);
            go(section);
          }}
          send={() => send()}
        />
      )}
    </div>
  );
}
