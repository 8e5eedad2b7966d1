import { useTranslation } from 'react-i18next';
import { coordonneesSchema } from '../../../shared/domain/registration';
import { useKioskStore } from '../../store';
import { Alert, TextInput } from '../../ui';
import { EmailFields } from '../identity/EmailFields';
import { CommuneField } from '../identity/CommuneField';
import { StepActions } from './StepActions';
import { useStepForm } from './useStepForm';

/** Coordonnées (seeds 000 step 4 and 001): address with the commune from the code postal, contacts. */
export function CoordonneesStep() {
  const { t } = useTranslation();
  const form = useStepForm('coordonnees', coordonneesSchema);
  // The code postal of the home was given with the access codes (it signs in): asked once only.
  const knownCodePostal = useKioskStore((s) => s.registration.values.codes.codePostal);
  const v = form.values;
  const codePostal = knownCodePostal || v.codePostal;
  const f = (key: string) => t(`account.registration.coordonnees.${key}`);
  const optional = (key: string) => t('account.registration.optional', { label: f(key) });
  return (
    <form noValidate onSubmit={form.submit}>
      <p className="fr-text--sm">{t('account.registration.requiredNote')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <TextInput
        id="reg-adresse"
        label={f('adresse')}
        error={form.errorOf('adresse')}
        value={v.adresse}
        onChange={(x) => form.set('adresse', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <TextInput
        id="reg-complement"
        label={optional('complement')}
        hint={f('complementHint')}
        error={form.errorOf('complement')}
        value={v.complement ?? ''}
        onChange={(x) => form.set('complement', x)}
        inputProps={{ autoComplete: 'off' }}
      />
      <CommuneField
        codePostalId="reg-codePostal"
        communeId="reg-commune"
        codePostalLabel={f('codePostal')}
        codePostalError={form.errorOf('codePostal')}
        communeError={form.errorOf('commune')}
        codePostal={codePostal}
        commune={v.codePostal === codePostal ? v.commune : null}
        knownCodePostalText={
          knownCodePostal
            ? t('account.registration.coordonnees.codePostalFromCodes', {
                codePostal: knownCodePostal,
              })
            : undefined
        }
        onChange={(codePostal, commune) => form.patch({ codePostal, commune })}
      />
      <p className="fr-text--sm fr-mt-2w" id="reg-contact-hint">
        {f('contactHint')}
      </p>
      <EmailFields
        idPrefix="reg"
        text={optional}
        hint={f('emailWhy')}
        values={v}
        errorOf={form.errorOf}
        set={form.set}
      />
      <TextInput
        id="reg-telephonePortable"
        label={optional('telephonePortable')}
        error={form.errorOf('telephonePortable')}
        value={v.telephonePortable}
        onChange={(x) => form.set('telephonePortable', x)}
        inputProps={{ type: 'tel', inputMode: 'tel', autoComplete: 'off' }}
      />
      <TextInput
        id="reg-telephoneFixe"
        label={optional('telephoneFixe')}
        error={form.errorOf('telephoneFixe')}
        value={v.telephoneFixe}
        onChange={(x) => form.set('telephoneFixe', x)}
        inputProps={{ type: 'tel', inputMode: 'tel', autoComplete: 'off' }}
      />
      <StepActions saving={form.saving} />
    </form>
  );
}
