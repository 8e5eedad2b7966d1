import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store';
import { StatusMessage } from '../../ui';
import { AssistButton } from './AssistButton';

/** Whole minutes since `since`, re-read from the clock every 15 s. */
function useMinutesSince(since: number): number {
  const minutes = () => Math.floor((Date.now() - since) / 60_000);
  const [value, setValue] = useState(minutes);
  useEffect(() => {
    const timer = setInterval(() => setValue(Math.floor((Date.now() - since) / 60_000)), 15_000);
    return () => clearInterval(timer);
  }, [since]);
  return value;
}

function Waiting({ since }: { since: number }) {
  const { t } = useTranslation();
  const minutes = useMinutesSince(since);
  const waited =
    minutes < 1
      ? t('timeouts.assist.waitingJustNow')
      : t('timeouts.assist.waitingSince', { count: minutes });
  return <StatusMessage message={`${t('timeouts.assist.waiting')} ${waited}`} />;
}

/** Where the outcome of "Appeler un conseiller" is announced, and the wait while it lasts. */
export function AssistStatus() {
  const { t } = useTranslation();
  const status = useKioskStore((s) => s.assistStatus);
  const since = useKioskStore((s) => s.assistSince);
  const adviser = useKioskStore((s) => s.assistAdviser);
  if (status === 'idle') return <StatusMessage />;
  if (status === 'coming')
    return (
      <StatusMessage
        tone="success"
        message={
          adviser
            ? t('timeouts.assist.comingNamed', { prenom: adviser })
            : t('timeouts.assist.coming')
        }
      />
    );
  if (status === 'sent' && since !== null) return <Waiting since={since} />;
  if (status === 'cancelled') return <StatusMessage message={t('timeouts.assist.cancelled')} />;
  if (status === 'cancelFailed')
    return <StatusMessage message={t('timeouts.assist.cancelFailed')} tone="error" />;
  return (
    <StatusMessage
      message={t(`assist.${status === 'failed' ? 'failed' : 'sending'}`)}
      tone={status === 'failed' ? 'error' : 'info'}
    />
  );
}

/**
 * The adviser call inside a modal dialog: the page behind is inert, so the dialog carries its own
 * button and its own status (a person stuck on the question can still call, and cancel).
 */
export function AssistInDialog() {
  return (
    <div className="kiosk-modal__assist">
      <AssistStatus />
      <AssistButton />
    </div>
  );
}
