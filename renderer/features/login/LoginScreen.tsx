import { useTranslation } from 'react-i18next';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle } from '../../ui';
import { useEndVisit } from '../visit';
import { PasswordField } from './PasswordField';
import { useLoginForm } from './useLoginForm';

/** Sign-in to the espace personnel: identifiant, mot de passe, code postal. */
export function LoginScreen() {
  const { t } = useTranslation();
  const form = useLoginForm();
  const endVisit = useEndVisit();
  useDocumentTitle(t('app.documentTitle', { screen: t('login.documentTitle') }));
  const errorOf = (field: keyof typeof form.fieldErrors) => {
    const key = form.fieldErrors[field];
    return key ? t(key) : undefined;
  };

  return (
    <div className="kiosk-login">
      <ScreenHeading>{t('login.title')}</ScreenHeading>
      <p className="fr-text--sm">{t('login.intro')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <form noValidate onSubmit={form.submit} className="kiosk-login__form">
        <TextInput
          id="login-identifiant"
          label={t('login.identifiant')}
          hint={t('login.identifiantHint')}
          error={errorOf('identifiant')}
          value={form.values.identifiant}
          onChange={(v) => form.setValue('identifiant', v)}
          inputRef={form.refs.identifiant}
          inputProps={{ autoComplete: 'off', autoCapitalize: 'characters', autoCorrect: 'off' }}
        />
        <PasswordField
          id="login-mot-de-passe"
          label={t('login.motDePasse')}
          error={errorOf('motDePasse')}
          value={form.values.motDePasse}
          onChange={(v) => form.setValue('motDePasse', v)}
          inputRef={form.refs.motDePasse}
        />
        <TextInput
          id="login-code-postal"
          label={t('login.codePostal')}
          hint={t('login.codePostalHint')}
          error={errorOf('codePostal')}
          value={form.values.codePostal}
          onChange={(v) => form.setValue('codePostal', v)}
          inputRef={form.refs.codePostal}
          inputProps={{ inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }}
        />
        <div className="kiosk-form-actions">
          <Button type="submit">{t('login.submit')}</Button>
          <Button priority="secondary" onClick={() => void endVisit()}>
            {t('login.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
