import { useTranslation } from 'react-i18next';
import {
  qualifications,
  situationSchema,
  situationsProfessionnelles,
  type SituationDraft,
} from '../../../shared/domain/registration';
import { Alert, Checkbox, RadioGroup, Select, TextInput } from '../../ui';
import { StepActions } from './StepActions';
import { useStepForm } from './useStepForm';
import { CguReader } from '../cgu';

/** Situation: already registered?, situation professionnelle, qualification, consents. */
export function SituationStep() {
  const { t } = useTranslation();
  const form = useStepForm('situation', situationSchema);
  const v = form.values;
  const f = (key: string) => t(`account.registration.situation.${key}`);
  return (
    <form noValidate onSubmit={form.submit}>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <RadioGroup
        name="reg-dejaInscrit"
        legend={f('dejaInscrit')}
        error={form.errorOf('dejaInscrit')}
        value={v.dejaInscrit === null ? '' : v.dejaInscrit ? 'oui' : 'non'}
        onChange={(x) => form.set('dejaInscrit', x === 'oui')}
        options={[
          { value: 'oui', label: f('oui') },
          { value: 'non', label: f('non') },
        ]}
      />
      {v.dejaInscrit && (
        <TextInput
          id="reg-identifiantDemandeur"
          label={f('identifiantDemandeur')}
          error={form.errorOf('identifiantDemandeur')}
          value={v.identifiantDemandeur}
          onChange={(x) => form.set('identifiantDemandeur', x)}
          inputProps={{ autoComplete: 'off', maxLength: 8, autoCapitalize: 'characters' }}
        />
      )}
      <Select
        id="reg-situationProfessionnelle"
        label={f('situationProfessionnelle')}
        error={form.errorOf('situationProfessionnelle')}
        placeholder={t('account.registration.select')}
        value={v.situationProfessionnelle}
        onChange={(x) =>
          form.set('situationProfessionnelle', x as SituationDraft['situationProfessionnelle'])
        }
        options={situationsProfessionnelles.map((s) => ({ value: s, label: f(`situations.${s}`) }))}
      />
      <Select
        id="reg-qualification"
        label={f('qualification')}
        error={form.errorOf('qualification')}
        placeholder={t('account.registration.select')}
        value={v.qualification}
        onChange={(x) => form.set('qualification', x as SituationDraft['qualification'])}
        options={qualifications.map((q) => ({ value: q, label: f(`qualifications.${q}`) }))}
      />
      <Checkbox
        id="reg-cgu"
        label={f('cgu')}
        error={form.errorOf('cgu')}
        checked={v.cgu}
        onChange={(c) => form.set('cgu', c)}
      />
      <CguReader />
      <Checkbox
        id="reg-emailsFranceTravail"
        label={f('emails')}
        checked={v.emailsFranceTravail}
        onChange={(c) => form.set('emailsFranceTravail', c)}
      />
      <StepActions saving={form.saving} />
    </form>
  );
}
