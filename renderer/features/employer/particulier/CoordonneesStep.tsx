import { useTranslation } from 'react-i18next';
import { particulierCoordonneesSchema } from '../../../../shared/domain/particulier';
import { Checkbox, TextInput } from '../../../ui';
import { EmailFields } from '../../identity/EmailFields';
import { CommuneField } from '../../identity/CommuneField';
import { StepActions } from './StepActions';
import { useSectionForm } from './useSectionForm';
import type { StepProps } from './values';

/** Seed 000 step 4: adresse postale, modalités de contact, "Simplifier vos échanges". */
export function CoordonneesStep(props: StepProps<'coordonnees'>) {
  const { t } = useTranslation();
  const form = useSectionForm(props, particulierCoordonneesSchema);
  const { v } = form;
  const f = (key: string) => t(`employer.particulier.coordonnees.${key}`);
  const optional = (key: string) => t('employer.particulier.optional', { label: f(key) });
  return (
    <form noValidate onSubmit={form.submit}>
      <p className="fr-text--sm">{t('employer.particulier.requiredNote')}</p>
      <h2 className="fr-h5">{f('adresseTitle')}</h2>
      <CommuneField
        codePostalId="pem-codePostal"
        communeId="pem-commune"
        codePostalLabel={f('codePostal')}
        codePostalError={form.errorOf('codePostal')}
        communeError={form.errorOf('commune')}
        codePostal={v.codePostal}
        commune={v.commune}
        onChange={(codePostal, commune) => form.patch({ codePostal, commune })}
      />
      <TextInput
        id="pem-voie"
        label={optional('voie')}
        hint={f('voieHint')}
        error={form.errorOf('voie')}
        value={v.voie ?? ''}
        onChange={(x) => form.set('voie', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="pem-complement"
        label={optional('complement')}
        hint={f('complementHint')}
        error={form.errorOf('complement')}
        value={v.complement ?? ''}
        onChange={(x) => form.set('complement', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <h2 className="fr-h5 fr-mt-3w">{f('contactTitle')}</h2>
      <EmailFields
        idPrefix="pem"
        text={f}
        hint={f('emailHint')}
        values={v}
        errorOf={form.errorOf}
        set={form.set}
      />
      {(['telephone1', 'telephone2'] as const).map((field) => (
        <TextInput
          key={field}
          id={`pem-${field}`}
          label={optional(field)}
          hint={f('phoneHint')}
          error={form.errorOf(field)}
          value={v[field] ?? ''}
          onChange={(x) => form.set(field, x)}
          inputProps={{ type: 'tel', inputMode: 'tel', autoComplete: 'off' }}
        />
      ))}
      <h2 className="fr-h5 fr-mt-3w">{f('consentTitle')}</h2>
      <p className="fr-text--sm">{f('consentText')}</p>
      <Checkbox
        id="pem-emailsFranceTravail"
        label={f('consent')}
        checked={v.emailsFranceTravail}
        onChange={(c) => form.set('emailsFranceTravail', c)}
      />
      <StepActions editingFromReview={props.editingFromReview} previous={props.previous} />
    </form>
  );
}
