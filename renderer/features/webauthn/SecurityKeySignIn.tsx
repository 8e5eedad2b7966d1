import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Alert, Button } from '../../ui';
import { signInWithSecurityKey } from './securityKey';

/** "Connexion sans mot de passe, avec ma clé de sécurité" on the sign-in screen. */
export function SecurityKeySignIn() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await signInWithSecurityKey(api);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    const { signedIn, goTo } = useKioskStore.getState();
    signedIn(result.value.profile, result.value.access);
    goTo(result.value.mustChangePassword ? 'passwordChange' : 'dashboard');
  };

  return (
    <div className="kiosk-security-key">
      {error && <Alert severity="error" message={t(error)} focusOnShow />}
      <Button priority="secondary" icon="fr-icon-fingerprint-line" onClick={() => void signIn()}>
        {t('account.webauthn.signIn')}
      </Button>
    </div>
  );
}
