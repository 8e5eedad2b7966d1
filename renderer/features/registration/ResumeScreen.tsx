import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationValues } from '../../store';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { useFieldErrors } from '../password';

/** "Reprendre mon inscription": identifiant + mot de passe chosen at the start (15 days). */
export function ResumeScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  useDocumentTitle(t('app.documentTitle', { screen: t('account.resume.documentTitle') }));
  const [identifiant, setIdentifiant] = useState('');
  const [motDePasse, setMotDePasse] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const fields = useFieldErrors('resume');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const errors: Record<string, string> = {};
    if (!identifiant.trim()) errors.identifiant = 'validation.identifiant.required';
    if (!motDePasse) errors.motDePasse = 'validation.motDePasse.required';
    fields.show(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await api.call('registration.resume', { identifiant, motDePasse });
    if (!result.ok) {
      const { code, fields: refused } = result.error;
      if (refused?.form) setFormError(refused.form);
      else if (refused) fields.show(refused);
      else setFormError(code === 'invalid_credentials' ? 'account.resume.wrong' : `errors.${code}`);
      return;
    }
    const store = useKioskStore.getState();
    store.registrationOpened(
      result.value.reference,
      result.value.draft as Partial<RegistrationValues>,
    );
    store.goTo('registration');
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.resume.title')}</ScreenHeading>
      <p>{t('account.resume.intro')}</p>
      {formError && <Alert severity="error" message={t(formError)} focusOnShow />}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextInput
          id="resume-identifiant"
          label={t('account.resume.identifiant')}
          error={fields.errors.identifiant && t(fields.errors.identifiant)}
          value={identifiant}
          onChange={setIdentifiant}
          inputProps={{ autoComplete: 'off', autoCapitalize: 'none' }}
        />
        <PasswordField
          id="resume-motDePasse"
          label={t('account.resume.motDePasse')}
          error={fields.errors.motDePasse && t(fields.errors.motDePasse)}
          value={motDePasse}
          onChange={setMotDePasse}
        />
        <div className="kiosk-form-actions">
          <Button type="submit">{t('account.resume.submit')}</Button>
          <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('login')}>
            {t('account.resume.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
