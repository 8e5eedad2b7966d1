import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle } from '../../ui';
import { useEndVisit } from '../visit';
import { SecurityKeySignIn } from '../webauthn';
import { DigitPad } from './DigitPad';
import styles from './login.module.css';
import { PasswordField } from './PasswordField';
import { useLoginForm } from './useLoginForm';

/** Sign-in to the espace personnel: identifiant, mot de passe, code postal. */
export function LoginScreen() {
  const { t } = useTranslation();
  const form = useLoginForm();
  const endVisit = useEndVisit();
  const [padShown, setPadShown] = useState(false);
  const goTo = useKioskStore((s) => s.goTo);
  useDocumentTitle(t('app.documentTitle', { screen: t('login.documentTitle') }));

  return (
    <div className="kiosk-login">
      <ScreenHeading>{t('login.title')}</ScreenHeading>
      <p className="fr-text--sm">{t('login.intro')}</p>
      {form.formError && (
        <Alert
          severity="error"
          message={
            form.formError === 'account_locked' && form.retryAfterSeconds
              ? t('account.login.locked', { minutes: Math.ceil(form.retryAfterSeconds / 60) })
              : t(`errors.${form.formError}`, { minutes: 15 })
          }
          focusOnShow
        />
      )}
      <div className={styles.columns}>
        <div className={styles.space}>
          <p className="fr-text--bold">{t('login.jobSeekersOnly')}</p>
          <p className="fr-text--sm">{t('login.employers')}</p>
        </div>
        <form noValidate onSubmit={form.submit} className="kiosk-login__form">
          <TextInput
            id="login-identifiant"
            label={t('login.identifiant')}
            hint={t('login.identifiantHint')}
            error={form.errorOf('identifiant')}
            value={form.values.identifiant}
            onChange={(v) => form.set('identifiant', v)}
            inputProps={{
              autoComplete: 'off',
              autoCapitalize: 'characters',
              autoCorrect: 'off',
              dir: 'ltr',
            }}
          />
          <PasswordField
            id="login-motDePasse"
            label={t('login.motDePasse')}
            error={form.errorOf('motDePasse')}
            value={form.values.motDePasse}
            onChange={(v) => form.set('motDePasse', v)}
          />
          <Button
            priority="tertiary"
            icon="fr-icon-keyboard-line"
            onClick={() => setPadShown((shown) => !shown)}
            nativeProps={{ 'aria-expanded': padShown, 'aria-controls': 'login-digit-pad' }}
          >
            {padShown ? t('account.login.digitPadHide') : t('account.login.digitPadShow')}
          </Button>
          {padShown && (
            <DigitPad
              id="login-digit-pad"
              field="login-motDePasse"
              onDigit={(d) => form.set('motDePasse', form.values.motDePasse + d)}
              onErase={() => form.set('motDePasse', form.values.motDePasse.slice(0, -1))}
            />
          )}
          <TextInput
            id="login-codePostal"
            label={t('login.codePostal')}
            hint={t('login.codePostalHint')}
            error={form.errorOf('codePostal')}
            value={form.values.codePostal}
            onChange={(v) => form.set('codePostal', v)}
            inputProps={{ inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }}
          />
          <div className="kiosk-form-actions kiosk-form-actions--step">
            <Button type="submit">{t('login.submit')}</Button>
            <Button priority="secondary" onClick={() => void endVisit()}>
              {t('login.cancel')}
            </Button>
          </div>
        </form>
      </div>
      <nav aria-label={t('account.login.otherWays')} className="kiosk-login__other">
        <Button priority="tertiary" onClick={() => goTo('passwordForgotten')}>
          {t('account.login.forgotten')}
        </Button>
        <Button priority="tertiary" onClick={() => goTo('identifiantForgotten')}>
          {t('access.identifiant.link')}
        </Button>
        <Button priority="secondary" onClick={() => goTo('registration')}>
          {t('account.login.createAccount')}
        </Button>
        <Button priority="secondary" onClick={() => goTo('registrationResume')}>
          {t('account.login.resume')}
        </Button>
        <Button priority="secondary" onClick={() => goTo('employerSpace')}>
          {t('employer.signIn.entry')}
        </Button>
        <Button priority="secondary" onClick={() => goTo('employer')}>
          {t('account.login.employer')}
        </Button>
        <SecurityKeySignIn />
        {/* FranceConnect: its button goes here once the central API brokers it (docs/decisions.md). */}
      </nav>
    </div>
  );
}
