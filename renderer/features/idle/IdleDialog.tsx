import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore, type IdleWarning } from '../../store';
import { Button, Dialog } from '../../ui';
import { CountdownBody } from './CountdownBody';

/**
 * "Êtes-vous toujours là ?" (WCAG 2.2.1): the visit is about to end for inactivity.
 */
function IdleDialogContent({ warning }: { warning: IdleWarning }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const dismiss = useKioskStore((s) => s.dismissIdleWarning);
  const button = useRef<HTMLButtonElement>(null);

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
      <CountdownBody
        id="idle-text"
        deadline={warning.deadline}
        secondsLeft={warning.secondsLeft}
        timeLeft={(count) => t('idle.text', { count })}
      />
    </Dialog>
  );
}

export function IdleDialog() {
  const warning = useKioskStore((s) => s.idleWarning);
  return warning ? <IdleDialogContent key={warning.deadline} warning={warning} /> : null;
}
