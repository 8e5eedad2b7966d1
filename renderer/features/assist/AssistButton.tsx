import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { Button } from '../../ui';

/**
 * "Appeler un conseiller": on every screen (and in every dialog), tells staff which screen the
 * user is stuck on. Once called, the same place offers "Annuler l'appel".
 */
export function AssistButton() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const screen = useKioskStore((s) => s.screen);
  const status = useKioskStore((s) => s.assistStatus);
  const requestId = useKioskStore((s) => s.assistRequestId);

  const call = async () => {
    const { assistStatus, setAssistStatus, assistCalled } = useKioskStore.getState();
    if (assistStatus === 'sending') return;
    setAssistStatus('sending');
    const result = await api.call('assist.request', { screen });
    if (result.ok) assistCalled(result.value.requestId);
    else setAssistStatus('failed');
  };

  const cancel = async (id: string) => {
    const { setAssistStatus } = useKioskStore.getState();
    const result = await api.call('assist.cancel', { requestId: id });
    setAssistStatus(result.ok ? 'cancelled' : 'cancelFailed');
  };

  if ((status === 'sent' || status === 'coming') && requestId) {
    return (
      <Button priority="secondary" icon="fr-icon-close-line" onClick={() => void cancel(requestId)}>
        {t('timeouts.assist.cancel')}
      </Button>
    );
  }
  return (
    <Button priority="secondary" icon="fr-icon-customer-service-line" onClick={() => void call()}>
      {t('assist.call')}
    </Button>
  );
}
