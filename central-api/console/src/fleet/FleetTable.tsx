import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { fr } from '../i18n/fr';
import { devices, outbox, stateSeverity, timeOf, uptime } from './format';
import type { FleetTerminal } from './types';
import styles from './fleet.module.css';

const t = fr.fleet;

/** One row a terminal: its state in colour and words (never colour alone), then its health. */
export function FleetTable({
  terminals,
  onOpen,
}: {
  terminals: readonly FleetTerminal[];
  onOpen(id: string): void;
}) {
  return (
    <div className={`fr-table ${styles.tableWrap}`}>
      <table>
        <caption className="fr-sr-only">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.terminal}</th>
            <th scope="col">{t.columns.agency}</th>
            <th scope="col">{t.columns.state}</th>
            <th scope="col">{t.columns.version}</th>
            <th scope="col">{t.columns.uptime}</th>
            <th scope="col">{t.columns.outbox}</th>
            <th scope="col">{t.columns.devices}</th>
            <th scope="col">{t.columns.visits}</th>
            <th scope="col">{t.columns.lastError}</th>
            <th scope="col">{t.columns.config}</th>
          </tr>
        </thead>
        <tbody>
          {terminals.map((terminal) => (
            <tr key={terminal.id}>
              <th scope="row">
                <button
                  type="button"
                  className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm ${styles.open}`}
                  aria-label={t.open(terminal.label)}
                  onClick={() => onOpen(terminal.id)}
                >
                  {terminal.label}
                </button>
              </th>
              <td>{terminal.agencyCode ?? t.none}</td>
              <td>
                <Badge severity={stateSeverity[terminal.state]} small noIcon={false}>
                  {t.states[terminal.state]}
                </Badge>
                <br />
                <span className="fr-text--xs">
                  {terminal.lastSeenAt ? t.lastSeen(timeOf(terminal.lastSeenAt)) : t.neverSeen}
                </span>
              </td>
              <td>{terminal.appVersion ?? t.none}</td>
              <td>{uptime(terminal.uptimeSeconds)}</td>
              <td>{outbox(terminal)}</td>
              <td>{devices(terminal)}</td>
              <td>{terminal.visitsToday ?? t.none}</td>
              <td>{terminal.lastErrorCode ?? t.none}</td>
              <td>{t.configVersions(terminal.config.requested, terminal.config.applied)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
