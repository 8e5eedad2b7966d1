import { fr } from '../i18n/fr';
import type { FleetTerminal } from './types';
import styles from './fleet.module.css';

const t = fr.fleet;

/** The alerts of every terminal shown, each a sentence with the terminal's name to open it. */
export function AlertList({
  terminals,
  onOpen,
}: {
  terminals: readonly FleetTerminal[];
  onOpen(id: string): void;
}) {
  const alerts = terminals.flatMap((terminal) =>
    terminal.alerts.map((alert) => {
      const text =
        alert.kind === 'offline'
          ? t.alerts.offline(terminal.label, alert.minutes)
          : alert.kind === 'queue_old'
            ? t.alerts.queue_old(terminal.label, alert.hours)
            : t.alerts.needs_attention(terminal.label, alert.count);
      return { key: `${terminal.id}-${alert.kind}`, id: terminal.id, text };
    }),
  );
  return (
    <section className={styles.alerts} aria-labelledby="fleet-alerts">
      <h2 id="fleet-alerts" className="fr-h5">
        {t.alerts.title}
      </h2>
      {alerts.length === 0 ? (
        <p className="fr-text--sm">{t.alerts.none}</p>
      ) : (
        <ul>
          {alerts.map((alert) => (
            <li key={alert.key}>
              <button
                type="button"
                className={`fr-link ${styles.alertLink}`}
                onClick={() => onOpen(alert.id)}
              >
                {alert.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
