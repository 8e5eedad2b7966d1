import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { StaffApiError, useStaffApi } from '../api';
import { fr } from '../i18n/fr';
import { ConfigForm } from './ConfigForm';
import { stateSeverity } from './format';
import type { FleetTerminal, FleetTerminalDetail, RemoteActionKind } from './types';
import styles from './fleet.module.css';

const t = fr.fleet;

/**
 * One terminal: its state, its configuration versions, IT's remote actions (each asked to be
 * confirmed, in words that say what the person at the terminal will see) and its last commands.
 */
export function TerminalDetail({
  terminal,
  canAct,
  onClose,
}: {
  terminal: FleetTerminal;
  canAct: boolean;
  onClose(): void;
}) {
  const api = useStaffApi();
  const [detail, setDetail] = useState<FleetTerminalDetail | null>(null);
  const [asking, setAsking] = useState<RemoteActionKind | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const { id, label } = terminal;
  // The live row says when a command was carried out: the history follows it.
  const version = `${terminal.pendingCommands}-${terminal.config.applied}-${terminal.state}`;

  const reload = useCallback(() => {
    api
      .get<FleetTerminalDetail>(`/v1/staff/fleet/terminals/${encodeURIComponent(id)}`)
      .then(setDetail)
      .catch(() => setDetail(null));
  }, [api, id]);
  useEffect(() => reload(), [reload, version]);
  useEffect(() => heading.current?.focus(), [id]);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const act = async (kind: RemoteActionKind) => {
    setAsking(null);
    try {
      await api.post(`/v1/staff/fleet/terminals/${encodeURIComponent(id)}/commands`, { kind });
      setNotice({ ok: true, text: t.detail.sent(label) });
      reload();
    } catch (error) {
      const text = error instanceof StaffApiError ? error.message : fr.errors.server;
      setNotice({ ok: false, text });
    }
  };

  const actions: RemoteActionKind[] = [
    'end_visit',
    'relaunch',
    terminal.outOfService.requested ? 'in_service' : 'out_of_service',
  ];
  const actionLabel = (kind: RemoteActionKind) =>
    ({
      end_visit: t.detail.endVisit,
      relaunch: t.detail.relaunch,
      out_of_service: t.detail.outOfService,
      in_service: t.detail.inService,
    })[kind];

  return (
    <section className={styles.detail} aria-labelledby="fleet-detail">
      <div className={styles.detailHead}>
        <h2 id="fleet-detail" ref={heading} tabIndex={-1} className="fr-h4 fr-mb-0">
          {t.detail.title(label)}
        </h2>
        <Button priority="secondary" size="small" onClick={onClose}>
          {t.detail.close}
        </Button>
      </div>
      <p className="fr-mt-2w">
        <Badge severity={stateSeverity[terminal.state]} small>
          {t.states[terminal.state]}
        </Badge>{' '}
        {terminal.visitActive ? t.detail.visitOn : t.detail.visitOff}
      </p>
      <p>
        {t.columns.config} : {t.configVersions(terminal.config.requested, terminal.config.applied)}
      </p>
      {notice && (
        <Alert
          severity={notice.ok ? 'success' : 'error'}
          small
          description={notice.text}
          className="fr-mb-2w"
        />
      )}
      {canAct && (
        <>
          <h3 className="fr-h6">{t.detail.actions}</h3>
          <div className={styles.actions}>
            {actions.map((kind) => (
              <Button key={kind} priority="secondary" onClick={() => setAsking(kind)}>
                {actionLabel(kind)}
              </Button>
            ))}
          </div>
          {asking && (
            <div className={styles.confirm} role="group" aria-labelledby="fleet-confirm">
              <p id="fleet-confirm" ref={question} tabIndex={-1}>
                <strong>{t.detail.confirmTitle} : </strong>
                {t.detail.confirm[asking](label)}
              </p>
              <div className={styles.actions}>
                <Button onClick={() => void act(asking)}>{t.detail.yes}</Button>
                <Button priority="secondary" onClick={() => setAsking(null)}>
                  {t.detail.cancel}
                </Button>
              </div>
            </div>
          )}
          <ConfigForm terminalId={id} current={detail?.config} onSent={reload} />
        </>
      )}
      {detail && detail.commands.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mt-3w">{t.detail.history}</h3>
          <ul>
            {detail.commands.map((command) => (
              <li key={`${command.kind}-${command.createdAt}`}>
                {t.detail.kinds[command.kind]} —{' '}
                {new Date(command.createdAt).toLocaleTimeString('fr-FR')} —{' '}
                {command.outcome === null
                  ? t.detail.outcomes.pending
                  : command.outcome === 'done' || command.outcome === 'superseded'
                    ? t.detail.outcomes[command.outcome]
                    : `${t.detail.outcomes.failed} (${command.outcome.replace(/^failed:/, '')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
