import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identiteSchema } from '../../../shared/domain/registration';
import { Alert, Checkbox, RadioGroup, TextInput } from '../../ui';
import { CommuneField } from './CommuneField';
import { StepActions } from './StepActions';
import { useStepForm } from './useStepForm';

const toIso = (display: string): string => {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(display);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : display;
};
const toDisplay = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

/** État civil (seed 000, step 3): civilité, names, NIR or "Je n'ai pas de numéro", birth. */
export function IdentiteStep() {
  const { t } = useTranslation();
  const form = useStepForm('identite', identiteSchema);
  const v = form.values;
  const [birthDate, setBirthDate] = useState(toDisplay(v.dateNaissance));
  const [birthCode, setBirthCode] = useState('');
  const f = (key: string) => t(`account.registration.identite.${key}`);
  const bornInFrance = v.paysNaissance.trim().toUpperCase() === 'FRANCE';
  return (
    <form noValidate onSubmit={(e) => void form.submit(e)}>
      <p className="fr-text--sm">{t('account.registration.requiredNote')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <RadioGroup
        name="reg-civilite"
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
        id="reg-nomNaissance"
        label={f('nomNaissance')}
        error={form.errorOf('nomNaissance')}
        value={v.nomNaissance}
        onChange={(x) => form.set('nomNaissance', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="reg-nomUsage"
        label={t('account.registration.optional', { label: f('nomUsage') })}
        error={form.errorOf('nomUsage')}
        value={v.nomUsage ?? ''}
        onChange={(x) => form.set('nomUsage', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="reg-prenoms"
        label={f('prenoms')}
        error={form.errorOf('prenoms')}
        value={v.prenoms}
        onChange={(x) => form.set('prenoms', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="reg-dateNaissance"
        label={f('dateNaissance')}
        hint={f('dateNaissanceHint')}
        error={form.errorOf('dateNaissance')}
        value={birthDate}
        onChange={(x) => {
          setBirthDate(x);
          form.set('dateNaissance', toIso(x));
        }}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 10 }}
      />
      {!v.sansNir && (
        <TextInput
          id="reg-nir"
          label={f('nir')}
          hint={f('nirHint')}
          error={form.errorOf('nir')}
          value={v.nir}
          onChange={(x) => form.set('nir', x)}
          inputProps={{ autoComplete: 'off', maxLength: 21, autoCapitalize: 'characters' }}
        />
      )}
      <Checkbox
        id="reg-sansNir"
        label={f('sansNir')}
        checked={v.sansNir}
        onChange={(c) => form.set('sansNir', c)}
      />
      <TextInput
        id="reg-paysNaissance"
        label={f('paysNaissance')}
        error={form.errorOf('paysNaissance')}
        value={v.paysNaissance}
        onChange={(x) => form.set('paysNaissance', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      {bornInFrance && (
        <CommuneField
          codePostalId="reg-naissance-codePostal"
          communeId="reg-communeNaissance"
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
      <StepActions saving={form.saving} />
    </form>
  );
}
