import { useTranslation } from 'react-i18next';
import { identiteSchema } from '../../../shared/domain/registration';
import { Alert, Checkbox, TextInput } from '../../ui';
import { BirthDateField, BirthPlaceFields } from '../identity/BirthFields';
import { NameFields } from '../identity/NameFields';
import { NirField } from '../identity/NirField';
import { StepActions } from './StepActions';
import { useStepForm } from './useStepForm';

/** État civil: civilité, names, NIR or "Je n'ai pas de numéro", birth. */
export function IdentiteStep() {
  const { t } = useTranslation();
  const form = useStepForm('identite', identiteSchema);
  const v = form.values;
  const f = (key: string) => t(`account.registration.identite.${key}`);
  const optional = (label: string) => t('account.registration.optional', { label });
  const fieldProps = { idPrefix: 'reg', text: f, values: v, errorOf: form.errorOf, set: form.set };
  return (
    <form noValidate onSubmit={form.submit}>
      <p className="fr-text--sm">{t('account.registration.requiredNote')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <NameFields {...fieldProps} optional={optional} />
      <TextInput
        id="reg-prenoms"
        label={f('prenoms')}
        error={form.errorOf('prenoms')}
        value={v.prenoms}
        onChange={(x) => form.set('prenoms', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <BirthDateField {...fieldProps} />
      {!v.sansNir && <NirField {...fieldProps} />}
      <Checkbox
        id="reg-sansNir"
        label={f('sansNir')}
        checked={v.sansNir}
        onChange={(c) => form.set('sansNir', c)}
      />
      <BirthPlaceFields {...fieldProps} />
      <StepActions saving={form.saving} />
    </form>
  );
}
