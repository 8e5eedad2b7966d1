import { useTranslation } from 'react-i18next';
import { particulierEtatCivilSchema } from '../../../../shared/domain/particulier';
import { TextInput } from '../../../ui';
import { BirthDateField, BirthPlaceFields } from '../../identity/BirthFields';
import { NameFields } from '../../identity/NameFields';
import { NirField } from '../../identity/NirField';
import { StepActions } from './StepActions';
import { useSectionForm } from './useSectionForm';
import type { StepProps } from './values';

/** Seed 000 step 3, "saisie de votre état civil": civilité, noms, prénom, NIR, naissance. */
export function EtatCivilStep(props: StepProps<'etatCivil'>) {
  const { t } = useTranslation();
  const form = useSectionForm(props, particulierEtatCivilSchema);
  const { v } = form;
  const f = (key: string) => t(`employer.particulier.etatCivil.${key}`);
  const optional = (label: string) => t('employer.particulier.optional', { label });
  const fieldProps = { idPrefix: 'pem', text: f, values: v, errorOf: form.errorOf, set: form.set };
  return (
    <form noValidate onSubmit={form.submit}>
      <p className="fr-text--sm">{t('employer.particulier.requiredNote')}</p>
      <NameFields {...fieldProps} optional={optional} />
      <TextInput
        id="pem-prenom"
        label={f('prenom')}
        error={form.errorOf('prenom')}
        value={v.prenom}
        onChange={(x) => form.set('prenom', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <NirField {...fieldProps} />
      <p className="fr-text--sm">{f('nirHelp')}</p>
      <BirthDateField {...fieldProps} />
      <BirthPlaceFields {...fieldProps} />
      <StepActions editingFromReview={props.editingFromReview} previous={props.previous} />
    </form>
  );
}
