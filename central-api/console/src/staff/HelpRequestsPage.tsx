import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useState } from 'react';
import type { components } from '../../../../shared/api/openapi';
import { StaffApiError, useStaffApi } from '../api';
import { useStaffEvents, type StaffEvent } from '../events';
import { fr } from '../i18n/fr';
import { useStaffMe } from '../shell/staffMe';
import styles from './HelpRequests.module.css';

type HelpRequest = components['schemas']['StaffAssistRequest'];

const t = fr.helpRequests;

/** The screen as an adviser would say it; an unknown (newer kiosk) screen keeps its own name. */
const screenLabel = (screen: string): string => t.screens[screen] ?? screen;

/** The clock, ticking each second, set to the server's so that waiting times are right. */
function useServerNow(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return now;
}

function Waiting({ since, now }: { since: string; now: number }) {
  const total = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  return <>{t.minutes(Math.floor(total / 60), total % 60)}</>;
}

/**
 * The agency's open help requests, live: the oldest first, its terminal, the screen the person
 * is on and how long they have waited. "J'arrive" takes one (the terminal then says an adviser
 * is coming); "Terminer" closes it once the person is helped.
 */
export function HelpRequestsPage() {
  const api = useStaffApi();
  const me = useStaffMe();
  const [requests, setRequests] = useState<HelpRequest[]>([]);
  const [offsetMs, setOffsetMs] = useState(0);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>();
  const [busy, setBusy] = useState<string>();
  const now = useServerNow(offsetMs);

  const onEvent = useCallback((event: StaffEvent) => {
    if (event.type === 'snapshot') {
      const snapshot = event.data as { now: string; requests: HelpRequest[] };
      setOffsetMs(Date.parse(snapshot.now) - Date.now());
      setRequests(snapshot.requests);
    } else if (event.type === 'assist-request') {
      const changed = event.data as HelpRequest;
      setRequests((list) => {
        const others = list.filter((r) => r.requestId !== changed.requestId);
        if (changed.state === 'closed' || changed.state === 'cancelled') return others;
        return [...others, changed].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
      });
    }
  }, []);
  const live = useStaffEvents('/v1/staff/assist-requests/events', onEvent);

  const act = async (request: HelpRequest, kind: 'take' | 'close') => {
    setBusy(request.requestId);
    setMessage(undefined);
    try {
      const updated = await api.post<HelpRequest>(
        `/v1/staff/assist-requests/${request.requestId}/${kind}`,
      );
      onEvent({ type: 'assist-request', data: updated });
      if (kind === 'close')
        setMessage({ tone: 'success', text: t.closedNotice(request.terminalLabel) });
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      setMessage({ tone: 'error', text: error.message });
    } finally {
      setBusy(undefined);
    }
  };
  const adviser = me.role !== 'it';

  return (
    <>
      <p>{t.intro}</p>
      <p className={styles.live} role="status">
        {live ? (
          <Badge severity="success" small>
            {fr.live.connected}
          </Badge>
        ) : (
          <Badge severity="warning" small>
            {fr.live.reconnecting}
          </Badge>
        )}{' '}
        <span>{t.count(requests.length)}</span>
      </p>
      {message && (
        <Alert
          severity={message.tone}
          small
          description={message.text}
          className="fr-mb-2w"
          closable
          onClose={() => setMessage(undefined)}
        />
      )}
      {requests.length === 0 ? (
        <p className={styles.empty}>{t.empty}</p>
      ) : (
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.terminal}</th>
                {me.role === 'it' && <th scope="col">{t.agency}</th>}
                <th scope="col">{t.screen}</th>
                <th scope="col">{t.waiting}</th>
                <th scope="col">{t.state}</th>
                {adviser && <th scope="col">{t.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => {
                const mine = r.takenBy?.identifiant === me.identifiant;
                return (
                  <tr key={r.requestId}>
                    <td>{r.terminalLabel}</td>
                    {me.role === 'it' && <td>{r.agencyCode ?? '—'}</td>}
                    <td>{screenLabel(r.screen)}</td>
                    <td>
                      <Waiting since={r.receivedAt} now={now} />
                    </td>
                    <td>
                      {r.state === 'waiting' ? (
                        <Badge severity="new" small>
                          {t.waitingState}
                        </Badge>
                      ) : mine ? (
                        <Badge severity="info" small>
                          {t.takenByMe}
                        </Badge>
                      ) : (
                        t.takenBy(r.takenBy?.nom ?? '')
                      )}
                    </td>
                    {adviser && (
                      <td>
                        {r.state === 'waiting' && (
                          <Button
                            size="small"
                            className={styles.action}
                            disabled={busy === r.requestId}
                            title={t.takeLabel(r.terminalLabel)}
                            onClick={() => void act(r, 'take')}
                          >
                            {t.take}
                          </Button>
                        )}
                        {mine && (
                          <Button
                            size="small"
                            priority="secondary"
                            className={styles.action}
                            disabled={busy === r.requestId}
                            title={t.closeLabel(r.terminalLabel)}
                            onClick={() => void act(r, 'close')}
                          >
                            {t.close}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
