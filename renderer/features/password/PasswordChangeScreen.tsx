import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/contract';
import { unmetPasswordRules } from '../../../shared/domain/password';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist } from './PasswordChecklist';
import { useFieldErrors } from './useFieldErrors';

/**
 * First sign-in with a temporary password: a new password and its confirmation,
 * with the policy as a checklist; the dashboard only opens once it is changed.
 */
export function PasswordChangeScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  useDocumentTitle(t('app.documentTitle', { screen: t('account.change.documentTitle') }));
  const [nouveau, setNouveau] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const fields = useFieldErrors('change');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const errors: Record<string, string> = {};
    const unmet = unmetPasswordRules(nouveau);
    if (!nouveau) errors.nouveauMotDePasse = 'account.errors.required';
    else if (unmet[0]) errors.nouveauMotDePasse = `account.errors.password.${unmet[0]}`;
    if (confirmation !== nouveau) errors.confirmation = 'account.errors.confirmationMismatch';
    fields.show(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await api.call('password.change', { nouveauMotDePasse: nouveau, confirmation });
    if (result.ok) {
      useKioskStore.getState().goTo('dashboard');
      return;
    }
    if (result.error.fields) fields.show(result.error.fields);
    else setFormError(result.error.code);
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.change.title')}</ScreenHeading>
      <p>{t('account.change.intro')}</p>
      {formError && <Alert severity="error" message={t(`errors.${formError}`)} focusOnShow />}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <PasswordField
          id="change-nouveauMotDePasse"
          label={t('account.change.nouveau')}
          error={fields.errors.nouveauMotDePasse && t(fields.errors.nouveauMotDePasse)}
          value={nouveau}
          onChange={setNouveau}
        />
        <PasswordChecklist id="change-checklist" password={nouveau} />
        <PasswordField
          id="change-confirmation"
          label={t('account.change.confirmation')}
          error={fields.errors.confirmation && t(fields.errors.confirmation)}
          value={confirmation}
          onChange={setConfirmation}
        />
        <div className="kiosk-form-actions">
          <Button type="submit">{t('account.change.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
