import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  employerLoginSchema,
  type EmployerLoginInput,
  type EmployerSpace,
} from '../../../shared/domain/employerSpace';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle, useKioskForm } from '../../ui';
import { PasswordField } from '../login/PasswordField';

/**
 * The employer's sign-in: identifiant and mot de passe, the same refusals as a job seeker's
 * (a refused password is cleared, the identifiant stays; locked: how long to wait).
 */
export function EmployerSignIn({ onSignedIn }: { onSignedIn(space: EmployerSpace): void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('employer.signIn.documentTitle') }));
  const login = useKioskCall('employerSpace.login');
  const [retryAfter, setRetryAfter] = useState<number | null>(null);
  const form = useKioskForm<EmployerLoginInput>({
    idPrefix: 'employer-login',
    schema: employerLoginSchema,
    draft: { identifiant: '', motDePasse: '' },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await login.run(values);
    if (!result) return;
    if (result.ok) return onSignedIn(result.value);
    setRetryAfter(result.error.retryAfterSeconds ?? null);
    form.refuse(result.error);
    if (result.error.code === 'invalid_credentials' || result.error.code === 'account_locked')
      form.set('motDePasse', '');
  });
  const set = (field: keyof EmployerLoginInput, value: string) => {
    if (form.formError) form.setFormError(null);
    form.set(field, value);
  };

  return (
    <div className="kiosk-login">
      <ScreenHeading>{t('employer.signIn.title')}</ScreenHeading>
      <p className="fr-text--sm">{t('employer.signIn.intro')}</p>
      {form.formError && (
        <Alert
          severity="error"
          message={
            form.formError === 'account_locked' && retryAfter
              ? t('account.login.locked', { minutes: Math.ceil(retryAfter / 60) })
              : t(`errors.${form.formError}`, { minutes: 15 })
          }
          focusOnShow
        />
      )}
      <form noValidate onSubmit={submit} className="kiosk-login__form">
        <TextInput
          id="employer-login-identifiant"
          label={t('employer.signIn.identifiant')}
          hint={t('employer.signIn.identifiantHint')}
          error={form.errorOf('identifiant')}
          value={form.values.identifiant}
          onChange={(v) => set('identifiant', v)}
          inputProps={{
            autoComplete: 'off',
            autoCapitalize: 'characters',
            autoCorrect: 'off',
            dir: 'ltr',
          }}
        />
        <PasswordField
          id="employer-login-motDePasse"
          label={t('employer.signIn.motDePasse')}
          error={form.errorOf('motDePasse')}
          value={form.values.motDePasse}
          onChange={(v) => set('motDePasse', v)}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('employer.signIn.submit')}</Button>
          <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('login')}>
            {t('employer.signIn.back')}
          </Button>
        </div>
      </form>
    </div>
  );
}
