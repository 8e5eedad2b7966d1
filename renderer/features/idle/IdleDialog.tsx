import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore, type IdleWarning } from '../../store';
import { Button, Dialog } from '../../ui';
import { announcedSeconds, useCountdown } from './useCountdown';

/**
 * "Êtes-vous toujours là ?" (WCAG 2.2.1): the visit is about to end for inactivity. The visible
 * countdown ticks every second; the polite live region speaks only every 10 seconds.
 */
function IdleDialogContent({ warning }: { warning: IdleWarning }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const dismiss = useKioskStore((s) => s.dismissIdleWarning);
  const button = useRef<HTMLButtonElement>(null);
  const seconds = useCountdown(warning.deadline);
  const spoken = announcedSeconds(seconds, warning.secondsLeft);

  const stillHere = () => {
    dismiss();
    void api.call('visit.stillHere', {});
  };

  return (
    <Dialog
      role="alertdialog"
      title={t('idle.title')}
      titleId="idle-title"
      descriptionId="idle-text"
      initialFocus={button}
      onEscape={stillHere}
      actions={
        <Button ref={button} onClick={stillHere}>
          {t('idle.stillHere')}
        </Button>
      }
    >
      <p id="idle-text" className="fr-text--lead">
        {t('idle.text', { count: seconds })}
      </p>
      <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
        {t('idle.text', { count: spoken })}
      </p>
    </Dialog>
  );
}

export function IdleDialog() {
  const warning = useKioskStore((s) => s.idleWarning);
  return warning ? <IdleDialogContent key={warning.deadline} warning={warning} /> : null;
}
