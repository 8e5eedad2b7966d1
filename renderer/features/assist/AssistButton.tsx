import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';

/** "Appeler un conseiller": on every screen, tells staff which screen the user is stuck on. */
export function AssistButton() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const screen = useKioskStore((s) => s.screen);
  const status = useKioskStore((s) => s.assistStatus);
  const setStatus = useKioskStore((s) => s.setAssistStatus);

  const call = async () => {
    if (status === 'sending') return;
    setStatus('sending');
    const result = await api.call('assist.request', { screen });
    setStatus(result.ok ? 'sent' : 'failed');
  };

  return (
    <Button priority="secondary" icon="fr-icon-customer-service-line" onClick={() => void call()}>
      {t('assist.call')}
    </Button>
  );
}
