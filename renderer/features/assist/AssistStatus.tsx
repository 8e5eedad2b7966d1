import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { StatusMessage } from '../../ui';

/** Where the outcome of "Appeler un conseiller" is announced. */
export function AssistStatus() {
  const { t } = useTranslation();
  const status = useKioskStore((s) => s.assistStatus);
  if (status === 'idle') return <StatusMessage />;
  return (
    <StatusMessage message={t(`assist.${status}`)} tone={status === 'failed' ? 'error' : 'info'} />
  );
}
