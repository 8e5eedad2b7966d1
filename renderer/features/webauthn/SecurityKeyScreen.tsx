import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button, ScreenHeading, useDocumentTitle } from '../../ui';
import { registerSecurityKey } from './securityKey';

/** "Ma clé de sécurité": register the user's own key (never the terminal's) to sign in without password. */
export function SecurityKeyScreen() {
  const { t } = useTranslation();
  const api = useKioskApi();
  useDocumentTitle(t('app.documentTitle', { screen: t('account.webauthn.documentTitle') }));
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const register = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await registerSecurityKey(api);
    setBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, message: 'account.webauthn.registered' }
        : { ok: false, message: result.message },
    );
  };

  return (
    <div className="kiosk-form-screen">
      <ScreenHeading>{t('account.webauthn.title')}</ScreenHeading>
      <p>{t('account.webauthn.intro')}</p>
      <ol>
        <li>{t('account.webauthn.step1')}</li>
        <li>{t('account.webauthn.step2')}</li>
      </ol>
      {outcome && (
        <Alert
          severity={outcome.ok ? 'success' : 'error'}
          message={t(outcome.message)}
          focusOnShow
        />
      )}
      <div className="kiosk-form-actions">
        <Button icon="fr-icon-fingerprint-line" onClick={() => void register()}>
          {t('account.webauthn.register')}
        </Button>
        <Button priority="secondary" onClick={() => useKioskStore.getState().goTo('dashboard')}>
          {t('account.webauthn.back')}
        </Button>
      </div>
    </div>
  );
}
