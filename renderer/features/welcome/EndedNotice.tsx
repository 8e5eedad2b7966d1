import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskQuery } from '../../bridge';
import { Alert } from '../../ui';

/**
 * After a visit ended (Terminer, idle, maximum length), the fresh welcome screen says for a few
 * seconds that it ended and nothing was kept: the ending screen before the wipe lasts an instant,
 * this message is what the person reads (and the next one sees a clean terminal). Main decides whether and how long (it knows when the visit ended); the notice
 * holds nothing about who it was.
 */
export function EndedNotice() {
  const { t } = useTranslation();
  const { result } = useKioskQuery('visit.endedNotice', {});
  const notice = result?.ok && result.value.ended ? result.value : null;
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setExpired(true), notice.secondsLeft * 1000);
    return () => clearTimeout(timer);
  }, [notice]);
  // An alert (role=alert): it is spoken as it appears, after the heading that has the focus.
  return notice && !expired ? <Alert severity="info" message={t('timeouts.endedNotice')} /> : null;
}
