import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { particulierEtatCivilSchema } from '../../../../shared/domain/particulier';
import { RadioGroup, TextInput } from '../../../ui';
import { CommuneField } from '../../registration/CommuneField';
import { StepActions } from './StepActions';
import { useSectionForm } from './useSectionForm';
import { toDisplayDate, toIsoDate, type StepProps } from './values';

/** Seed 000 step 3, "saisie de votre état civil": civilité, noms, prénom, NIR, naissance. */
export function EtatCivilStep(props: StepProps<'etatCivil'>) {
  const { t } = useTranslation();
  const form = useSectionForm(props, particulierEtatCivilSchema);
  const { v } = form;
  const [birthDate, setBirthDate] = useState(toDisplayDate(v.dateNaissance));
  const [birthCode, setBirthCode] = useState('');
  const f = (key: string) => t(`employer.particulier.etatCivil.${key}`);
  const bornInFrance = v.paysNaissance.trim().toUpperCase() === 'FRANCE';
  return (
    <form noValidate onSubmit={form.submit}>
      <p className="fr-text--sm">{t('employer.particulier.requiredNote')}</p>
      <RadioGroup
        name="pem-civilite"
        legend={f('civilite')}
        error={form.errorOf('civilite')}
        value={v.civilite}
        onChange={(c) => form.set('civilite', c as 'M' | 'F')}
        options={[
          { value: 'F', label: f('madame') },
          { value: 'M', label: f('monsieur') },
        ]}
      />
      <TextInput
        id="pem-nomNaissance"
        label={f('nomNaissance')}
        error={form.errorOf('nomNaissance')}
        value={v.nomNaissance}
        onChange={(x) => form.set('nomNaissance', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="pem-nomUsage"
        label={t('employer.particulier.optional', { label: f('nomUsage') })}
        error={form.errorOf('nomUsage')}
        value={v.nomUsage ?? ''}
        onChange={(x) => form.set('nomUsage', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="pem-prenom"
        label={f('prenom')}
        error={form.errorOf('prenom')}
        value={v.prenom}
        onChange={(x) => form.set('prenom', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="pem-nir"
        label={f('nir')}
        hint={f('nirHint')}
        error={form.errorOf('nir')}
        value={v.nir}
        onChange={(x) => form.set('nir', x)}
        inputProps={{ autoComplete: 'off', maxLength: 21, autoCapitalize: 'characters' }}
      />
      <p className="fr-text--sm">{f('nirHelp')}</p>
      <TextInput
        id="pem-dateNaissance"
        label={f('dateNaissance')}
        hint={f('dateNaissanceHint')}
        error={form.errorOf('dateNaissance')}
        value={birthDate}
        onChange={(x) => {
          setBirthDate(x);
          form.set('dateNaissance', toIsoDate(x));
        }}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 10 }}
      />
      <TextInput
        id="pem-paysNaissance"
        label={f('paysNaissance')}
        error={form.errorOf('paysNaissance')}
        value={v.paysNaissance}
        onChange={(x) => form.set('paysNaissance', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      {bornInFrance && (
        <CommuneField
          codePostalId="pem-naissance-codePostal"
          communeId="pem-communeNaissance"
          codePostalLabel={f('codePostalNaissance')}
          codePostal={birthCode}
          commune={v.communeNaissance}
          communeError={form.errorOf('communeNaissance')}
          onChange={(code, commune) => {
            setBirthCode(code);
            form.set('communeNaissance', commune);
          }}
        />
      )}
      <StepActions editingFromReview={props.editingFromReview} previous={props.previous} />
    </form>
  );
}
