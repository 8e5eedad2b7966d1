import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identifiantReminderSchema, type IdentifiantReminder } from '../../../shared/domain/access';
import { useKioskCall } from '../../bridge';
import { useKioskStore } from '../../store';
import {
  Alert,
  Button,
  RadioGroup,
  ScreenHeading,
  TextInput,
  useDocumentTitle,
  useKioskForm,
} from '../../ui';

type Draft = Omit<IdentifiantReminder, 'via'> & { via: IdentifiantReminder['via'] | '' };

/**
 * « Identifiant oublié »: the person names themself and chooses e-mail or post; the central API
 * sends the identifiant to the account holder. The screen never shows it, and says the same
 * thing whether an account matched or not (nobody learns here who has an account).
 */
export function IdentifiantForgottenScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { screen: t('access.identifiant.documentTitle') }));
  const remind = useKioskCall('identifiant.remind');
  const [sent, setSent] = useState(false);
  const form = useKioskForm<Draft>({
    idPrefix: 'remind',
    fieldId: (path) => (path === 'via' ? 'remind-via' : `remind-${path}`),
    schema: identifiantReminderSchema,
    draft: { nom: '', prenom: '', codePostal: '', via: '' },
  });
  const back = () => useKioskStore.getState().goTo('login');
  const submit = form.onSubmit(async (draft) => {
    const result = await remind.run(draft as IdentifiantReminder);
    if (result?.ok) setSent(true);
    else if (result) form.refuse(result.error);
  });
  const v = form.values;

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>
        {sent ? t('access.identifiant.sentTitle') : t('access.identifiant.title')}
      </ScreenHeading>
      {sent ? (
        <>
          <Alert severity="success" message={t('access.identifiant.sent')} focusOnShow />
          <p>{t('access.identifiant.sentHelp')}</p>
          <div className="kiosk-form-actions">
            <Button onClick={back}>{t('access.identifiant.back')}</Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('access.identifiant.intro')}</p>
          {form.formError && (
            <Alert severity="error" message={t(`errors.${form.formError}`)} focusOnShow />
          )}
          <form noValidate onSubmit={submit}>
            <TextInput
              id="remind-nom"
              label={t('access.identifiant.nom')}
              error={form.errorOf('nom')}
              value={v.nom}
              onChange={(value) => form.set('nom', value)}
              inputProps={{ autoComplete: 'off' }}
            />
            <TextInput
              id="remind-prenom"
              label={t('access.identifiant.prenom')}
              error={form.errorOf('prenom')}
              value={v.prenom}
              onChange={(value) => form.set('prenom', value)}
              inputProps={{ autoComplete: 'off' }}
            />
            <TextInput
              id="remind-codePostal"
              label={t('access.identifiant.codePostal')}
              error={form.errorOf('codePostal')}
              value={v.codePostal}
              onChange={(value) => form.set('codePostal', value)}
              inputProps={{ inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }}
            />
            <RadioGroup
              name="remind-via"
              legend={t('access.identifiant.via')}
              error={form.errorOf('via')}
              value={v.via}
              onChange={(value) => form.set('via', value as Draft['via'])}
              options={[
                { value: 'email', label: t('access.identifiant.email') },
                { value: 'post', label: t('access.identifiant.post') },
              ]}
            />
            <div className="kiosk-form-actions kiosk-form-actions--step">
              <Button type="submit">{t('access.identifiant.submit')}</Button>
              <Button priority="secondary" onClick={back}>
                {t('access.identifiant.back')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
