import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordChangeSchema } from '../../../shared/domain/password';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle, useKioskForm } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist } from './PasswordChecklist';

/**
 * First sign-in with a temporary password: a new password and its confirmation,
 * with the policy as a checklist; the dashboard only opens once it is changed, after
 * « Mot de passe modifié » has said that the new one is the one to use from now on.
 */
export function PasswordChangeScreen({
  method = 'password.change',
  onContinue = () => useKioskStore.getState().goTo('dashboard'),
}: {
  /** An employer space changes its temporary password through its own session. */
  method?: 'password.change' | 'employerSpace.changePassword';
  onContinue?: () => void;
} = {}) {
  const { t } = useTranslation();
  const change = useKioskCall(method);
  useDocumentTitle(t('app.documentTitle', { screen: t('account.change.documentTitle') }));
  const [changed, setChanged] = useState(false);
  const form = useKioskForm({
    idPrefix: 'change',
    schema: passwordChangeSchema,
    draft: { nouveauMotDePasse: '', confirmation: '' },
  });
  const { nouveauMotDePasse: nouveau, confirmation } = form.values;

  const submit = form.onSubmit(async (values) => {
    const result = await change.run(values);
    if (!result) return;
    if (result.ok) {
      // The new password has done its job here: it is not kept on screen behind the message.
      form.patch({ nouveauMotDePasse: '', confirmation: '' });
      setChanged(true);
    } else form.refuse(result.error);
  });

  if (changed)
    return (
      <div className="kiosk-form-screen">
        <ScreenHeading key="changed">{t('account.change.done')}</ScreenHeading>
        <Alert severity="success" message={t('account.change.doneText')} />
        <div className="kiosk-form-actions">
          <Button onClick={onContinue}>{t('account.change.continue')}</Button>
        </div>
      </div>
    );
  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.change.title')}</ScreenHeading>
      <p>{t('account.change.intro')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <form noValidate onSubmit={submit}>
        <PasswordField
          id="change-nouveauMotDePasse"
          label={t('account.change.nouveau')}
          error={form.errorOf('nouveauMotDePasse')}
          value={nouveau}
          onChange={(v) => form.set('nouveauMotDePasse', v)}
        />
        <PasswordChecklist id="change-checklist" password={nouveau} />
        <PasswordField
          id="change-confirmation"
          label={t('account.change.confirmation')}
          error={form.errorOf('confirmation')}
          value={confirmation}
          onChange={(v) => form.set('confirmation', v)}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('account.change.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
