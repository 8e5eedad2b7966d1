import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../../bridge';
import { useKioskStore, type MaxLengthWarning } from '../../store';
import { Button, Dialog } from '../../ui';
import { CountdownBody } from './CountdownBody';

/**
 * The maximum visit length is near (WCAG 2.2.1): the time left and, while main allows it,
 * "Prolonger de 10 minutes". Main owns the deadline; a refused extension just closes the dialog
 * and the visit ends at the deadline main already set.
 */
function MaxLengthDialogContent({ warning }: { warning: MaxLengthWarning }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const dismiss = useKioskStore((s) => s.dismissMaxLengthWarning);
  const button = useRef<HTMLButtonElement>(null);
  const canExtend = warning.extensionsLeft > 0;

  const extend = () => {
    dismiss();
    void api.call('visit.extend', {});
  };
  // Above 90 s, minutes read better.
  const left = (value: number) =>
    value > 90
      ? t('timeouts.maxLength.minutes', { count: Math.ceil(value / 60) })
      : t('timeouts.maxLength.seconds', { count: value });

  return (
    <Dialog
      role="alertdialog"
      title={t('timeouts.maxLength.title')}
      titleId="max-length-title"
      descriptionId="max-length-text"
      initialFocus={button}
      onEscape={dismiss}
      actions={
        <div className="kiosk-form-actions">
          {canExtend ? (
            <>
              <Button ref={button} onClick={extend}>
                {t('timeouts.maxLength.extend', { count: warning.extensionMinutes })}
              </Button>
              <Button priority="secondary" onClick={dismiss}>
                {t('timeouts.maxLength.close')}
              </Button>
            </>
          ) : (
            <Button ref={button} onClick={dismiss}>
              {t('timeouts.maxLength.understood')}
            </Button>
          )}
        </div>
      }
    >
      <CountdownBody
        id="max-length-text"
        deadline={warning.deadline}
        secondsLeft={warning.secondsLeft}
        timeLeft={left}
      >
        <p>{canExtend ? t('timeouts.maxLength.why') : t('timeouts.maxLength.noMore')}</p>
      </CountdownBody>
    </Dialog>
  );
}

export function MaxLengthDialog() {
  const warning = useKioskStore((s) => s.maxLengthWarning);
  // The idle question comes first: it ends the visit sooner if nobody answers.
  const idle = useKioskStore((s) => s.idleWarning !== null);
  if (!warning || idle) return null;
  return <MaxLengthDialogContent key={warning.deadline} warning={warning} />;
}
