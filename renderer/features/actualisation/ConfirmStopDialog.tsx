import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { ConfirmDialog } from '../../ui';

/** "Non" to "still looking for a job?" stops the registration: say so, and ask once more. */
export function ConfirmStopDialog({
  onConfirm,
  onCancel,
}: {
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  // The idle warning takes over the screen; this question comes back once it is dismissed.
  const idle = useKioskStore((s) => s.idleWarning !== null);
  if (idle) return null;
  return (
    <ConfirmDialog
      id="actu-stop"
      title={t('actualisation.stop.title')}
      text={t('actualisation.stop.text')}
      keepLabel={t('actualisation.stop.cancel')}
      leaveLabel={t('actualisation.stop.confirm')}
      onKeep={onCancel}
      onLeave={onConfirm}
    />
  );
}
