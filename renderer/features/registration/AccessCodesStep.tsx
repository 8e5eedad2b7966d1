import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessCodesSchema, type AccessCodes } from '../../../shared/domain/registration';
import { secretQuestionIds } from '../../../shared/domain/secretQuestions';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, Select, StatusMessage, TextInput, useKioskForm } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist } from '../password';
import { StepActions } from './StepActions';

/** "Définir vos codes d'accès": they create the pending account and open the draft. */
export function AccessCodesStep() {
  const { t } = useTranslation();
  const checkIdentifiant = useKioskCall('registration.checkIdentifiant');
  const start = useKioskCall('registration.start');
  const form = useKioskForm<AccessCodes>({
    idPrefix: 'reg',
    schema: accessCodesSchema,
    draft: useKioskStore.getState().registration.values.codes,
    onDraftChange: (codes) => useKioskStore.getState().setRegistrationValues('codes', codes),
  });
  const values = form.values;
  const [available, setAvailable] = useState(false);
  const set = (field: keyof AccessCodes, value: string) => {
    // "Disponible" was said of the identifiant as it was when checked.
    if (field === 'identifiant') setAvailable(false);
    form.set(field, value);
  };
  const { errorOf, formError } = form;

  const check = async () => {
    if (!(await form.check(['identifiant']))) return;
    const result = await checkIdentifiant.run({ identifiant: values.identifiant });
    if (!result) return;
    if (!result.ok) return form.setFormError(result.error.code);
    if (result.value.available) {
      form.clearErrors();
      setAvailable(true);
    } else form.showErrors({ identifiant: 'account.errors.identifiant.taken' });
  };

  const submit = form.onSubmit(async (codes) => {
    const result = await start.run(codes);
    if (!result) return;
    if (!result.ok) return form.refuse(result.error);
    const store = useKioskStore.getState();
    // The password is not kept once the draft is open: the next screens never need it.
    store.setRegistrationValues('codes', { ...codes, motDePasse: '', confirmation: '' });
    store.registrationOpened(result.value.reference);
    store.registrationSaved('sent');
  });

  return (
    <form noValidate onSubmit={submit}>
      <p>{t('account.registration.codes.intro')}</p>
      <div className="fr-highlight">
        <p>{t('account.registration.codes.provisional')}</p>
      </div>
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
      <StepActions saving={form.submitting} first />
    </form>
  );
}
