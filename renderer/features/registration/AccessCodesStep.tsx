import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { fieldErrorsOf, accessCodesSchema } from '../../../shared/domain/registration';
import { secretQuestionIds } from '../../../shared/domain/secretQuestions';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, Select, StatusMessage, TextInput } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist, useFieldErrors } from '../password';
import { StepActions } from './StepActions';

/** "Définir vos codes d'accès": they create the pending account and open the draft. */
export function AccessCodesStep() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const values = useKioskStore((s) => s.registration.values.codes);
  const fields = useFieldErrors('reg');
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [available, setAvailable] = useState(false);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof typeof values, value: string) => {
    if (field === 'identifiant') setAvailable(false);
    useKioskStore.getState().setRegistrationValues('codes', { ...values, [field]: value });
  };
  const { errorOf } = fields;

  const check = async () => {
    const local = fieldErrorsOf(accessCodesSchema, values).identifiant;
    if (local || !values.identifiant.trim())
      return fields.show({ identifiant: local ?? 'account.errors.required' });
    const result = await api.call('registration.checkIdentifiant', {
      identifiant: values.identifiant,
    });
    if (!result.ok) return setFormError(result.error.code);
    if (result.value.available) {
      fields.show({});
      setAvailable(true);
    } else fields.show({ identifiant: 'account.errors.identifiant.taken' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const errors = fieldErrorsOf(accessCodesSchema, values);
    fields.show(errors);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    const result = await api.call('registration.start', values);
    setSaving(false);
    if (!result.ok) {
      if (result.error.fields) fields.show(result.error.fields);
      else setFormError(result.error.code);
      return;
    }
    const store = useKioskStore.getState();
    // The password is not kept once the draft is open: the next screens never need it.
    store.setRegistrationValues('codes', { ...values, motDePasse: '', confirmation: '' });
    store.registrationOpened(result.value.reference);
    store.registrationSaved('sent');
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <p>{t('account.registration.codes.intro')}</p>
      {formError && <Alert severity="error" message={t(`errors.${formError}`)} focusOnShow />}
      <TextInput
        id="reg-identifiant"
        label={t('account.registration.codes.identifiant')}
        hint={t('account.registration.codes.identifiantHint')}
        error={errorOf('identifiant')}
        value={values.identifiant}
        onChange={(v) => set('identifiant', v)}
        inputProps={{ autoComplete: 'off', autoCapitalize: 'none', maxLength: 20 }}
        action={
          <Button priority="secondary" onClick={() => void check()}>
            {t('account.registration.codes.check')}
          </Button>
        }
      />
      {available && <StatusMessage message={t('account.registration.codes.available')} />}
      <PasswordField
        id="reg-motDePasse"
        label={t('account.registration.codes.motDePasse')}
        error={errorOf('motDePasse')}
        value={values.motDePasse}
        onChange={(v) => set('motDePasse', v)}
      />
      <PasswordChecklist
        id="reg-checklist"
        password={values.motDePasse}
        identifiant={values.identifiant}
      />
      <PasswordField
        id="reg-confirmation"
        label={t('account.registration.codes.confirmation')}
        error={errorOf('confirmation')}
        value={values.confirmation}
        onChange={(v) => set('confirmation', v)}
      />
      <TextInput
        id="reg-codePostal"
        label={t('account.registration.codes.codePostal')}
        error={errorOf('codePostal')}
        value={values.codePostal}
        onChange={(v) => set('codePostal', v)}
        inputProps={{ inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }}
      />
      <Select
        id="reg-questionSecrete"
        label={t('account.registration.codes.questionSecrete')}
        hint={t('account.registration.codes.questionSecreteHint')}
        error={errorOf('questionSecrete')}
        placeholder={t('account.secretQuestions.placeholder')}
        value={values.questionSecrete}
        onChange={(v) => set('questionSecrete', v)}
        options={secretQuestionIds.map((id) => ({
          value: id,
          label: t(`account.secretQuestions.${id}`),
        }))}
      />
      <TextInput
        id="reg-reponseSecrete"
        label={t('account.registration.codes.reponseSecrete')}
        error={errorOf('reponseSecrete')}
        value={values.reponseSecrete}
        onChange={(v) => set('reponseSecrete', v)}
        inputProps={{ autoComplete: 'off', maxLength: 60 }}
      />
      <StepActions saving={saving} first />
    </form>
  );
}
