import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  passwordChangeFromProfilSchema,
  type PasswordChangeFromProfil,
} from '../../../shared/domain/profil';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useKioskForm } from '../../ui';
import { PasswordField } from '../login/PasswordField';
import { PasswordChecklist } from '../password/PasswordChecklist';
import styles from './profil.module.css';

const empty: PasswordChangeFromProfil = {
  motDePasseActuel: '',
  nouveauMotDePasse: '',
  confirmation: '',
};

/**
 * « Changer mon mot de passe »: the current one, then the new one twice under the policy. Sent at
 * once, not through the outbox: the next sign-in needs it, and a password is never stored on the
 * terminal, even sealed. Nothing to read back: the fields are hidden and the checklist says it all.
 */
export function PasswordForm() {
  const { t } = useTranslation();
  const back = useKioskStore((s) => s.showProfil);
  const change = useKioskCall('password.change');
  const [done, setDone] = useState(false);
  const form = useKioskForm({
    idPrefix: 'profil',
    schema: passwordChangeFromProfilSchema,
    draft: empty,
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    const result = await change.run(values);
    if (!result) return;
    if (result.ok) {
      form.patch(empty);
      setDone(true);
    } else if (result.error.code === 'invalid_credentials')
      form.showErrors({ motDePasseActuel: 'profil.errors.currentPassword' });
    else form.refuse(result.error);
  });

  if (done)
    return (
      <div className={styles.screen}>
        <ScreenHeading key="done">{t('profil.password.done')}</ScreenHeading>
        <Alert severity="success" message={t('profil.password.doneText')} />
        <div className="kiosk-form-actions">
          <Button onClick={back}>{t('profil.done.back')}</Button>
        </div>
      </div>
    );
  return (
    <div className={styles.screen}>
      <ScreenHeading>{t('profil.password.title')}</ScreenHeading>
      <p>{t('profil.password.intro')}</p>
      {form.formError && (
        <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
      )}
      <form noValidate onSubmit={submit}>
        <PasswordField
          id="profil-motDePasseActuel"
          label={t('profil.password.actuel')}
          error={form.errorOf('motDePasseActuel')}
          value={v.motDePasseActuel}
          onChange={(x) => form.set('motDePasseActuel', x)}
        />
        <PasswordField
          id="profil-nouveauMotDePasse"
          label={t('profil.password.nouveau')}
          error={form.errorOf('nouveauMotDePasse')}
          value={v.nouveauMotDePasse}
          onChange={(x) => form.set('nouveauMotDePasse', x)}
        />
        <PasswordChecklist id="profil-checklist" password={v.nouveauMotDePasse} />
        <PasswordField
          id="profil-confirmation"
          label={t('profil.password.confirmation')}
          error={form.errorOf('confirmation')}
          value={v.confirmation}
          onChange={(x) => form.set('confirmation', x)}
        />
        <div className="kiosk-form-actions kiosk-form-actions--step">
          <Button type="submit">{t('profil.password.submit')}</Button>
          <Button priority="secondary" onClick={back}>
            {t('profil.edit.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
