import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resumeSchema, type ResumeCodes } from '../../../shared/domain/registration';
import { useKioskCall } from '../../bridge';
import { useKioskStore, type RegistrationValues } from '../../store';
import { Alert, Button, ScreenHeading, TextInput, useDocumentTitle, useKioskForm } from '../../ui';
import { PasswordField } from '../login/PasswordField';

/** "Reprendre mon inscription": identifiant + mot de passe chosen at the start (15 days). */
export function ResumeScreen() {
  const { t } = useTranslation();
  const resume = useKioskCall('registration.resume');
  useDocumentTitle(t('app.documentTitle', { screen: t('account.resume.documentTitle') }));
  const form = useKioskForm<ResumeCodes>({
    idPrefix: 'resume',
    schema: resumeSchema,
    draft: { identifiant: '', motDePasse: '' },
  });
  const [wrong, setWrong] = useState<string | null>(null);

  const submit = form.onSubmit(async (codes) => {
    setWrong(null);
    const result = await resume.run(codes);
    if (!result) return;
    if (!result.ok) {
      const { code, fields: refused } = result.error;
      // A refusal about the whole form (an expired draft) has its own sentence.
      if (refused?.form) setWrong(refused.form);
      else if (!refused && code === 'invalid_credentials') setWrong('account.resume.wrong');
      else form.refuse(result.error);
      return;
    }
    const store = useKioskStore.getState();
    // The code postal chosen with the codes: the address step reuses it rather than asking again.
    store.setRegistrationValues('codes', {
      ...store.registration.values.codes,
      identifiant: codes.identifiant,
      codePostal: result.value.codePostal,
    });
    store.registrationOpened(
      result.value.reference,
      result.value.draft as Partial<RegistrationValues>,
    );
    store.goTo('registration');
  });
  const formError = wrong ?? (form.formError && `errors.${form.formError}`);
  // A sent registration is not resumed: its provisional codes sign in, so lead there.
  const alreadySent = wrong === 'account.errors.alreadySent';

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.resume.title')}</ScreenHeading>
      <p>{t('account.resume.intro')}</p>
      {formError && (
        <Alert severity={alreadySent ? 'info' : 'error'} message={t(formError)} focusOnShow />
      )}
      {alreadySent && (
        <div className="kiosk-form-actions">
          <Button onClick={() => useKioskStore.getState().goTo('login')}>
            {t('account.resume.signIn')}
          </Button>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <TextInput
          id="resume-identifiant"
          label={t('account.resume.identifiant')}
          error={form.errorOf('identifiant')}
          value={form.values.identifiant}
          onChange={(v) => form.set('identifiant', v)}
          inputProps={{ autoComplete: 'off', autoCapitalize: 'none' }}
        />
        <PasswordField
          id="resume-motDePasse"
          label={t('account.resume.motDePasse')}
          error={form.errorOf('motDePasse')}
          value={form.values.motDePasse}
          onChange={(v) => form.set('motDePasse', v)}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('account.resume.submit')}</Button>
          <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('login')}>
            {t('account.resume.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
