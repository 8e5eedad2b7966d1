import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxStatusInfo } from '../../../shared/contract';
import { useKioskApi } from '../../bridge';

export interface OutboxStatusProps {
  /** Refresh period; the admin screen is left open while staff look at it. */
  refreshMs?: number;
}

/**
 * The outbox for the admin screen: how many submissions wait, how old the oldest is, how
 * many were refused for good. Counts only: nothing here identifies a user.
 */
export function OutboxStatus({ refreshMs = 10_000 }: OutboxStatusProps) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [status, setStatus] = useState<OutboxStatusInfo | 'unavailable' | undefined>();

  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await api.call('outbox.status', {});
      if (live) setStatus(result.ok ? result.value : 'unavailable');
    };
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, refreshMs]);

  const age = (seconds: number) =>
    seconds >= 3600
      ? t('outbox.admin.hours', { count: Math.floor(seconds / 3600) })
      : seconds >= 60
        ? t('outbox.admin.minutes', { count: Math.floor(seconds / 60) })
        : t('outbox.admin.seconds', { count: seconds });

  return (
    <section aria-labelledby="outbox-status-title" className="kiosk-outbox-status">
      <h2 id="outbox-status-title" className="fr-h5">
        {t('outbox.admin.title')}
      </h2>
      {status === 'unavailable' && <p>{t('outbox.admin.unavailable')}</p>}
      {status && status !== 'unavailable' && (
        <ul>
          <li>
            {status.depth === 0
              ? t('outbox.admin.empty')
              : t('outbox.admin.depth', { count: status.depth })}
          </li>
          {status.oldestAgeSeconds !== null && (
            <li>{t('outbox.admin.oldest', { age: age(status.oldestAgeSeconds) })}</li>
          )}
          <li>
            {status.needingAttention === 0
              ? t('outbox.admin.noAttention')
              : t('outbox.admin.attention', { count: status.needingAttention })}
          </li>
        </ul>
      )}
    </section>
  );
}
