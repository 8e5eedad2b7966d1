import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useState } from 'react';
import { useStaffEvents } from '../events';
import { fr } from '../i18n/fr';
import { useStaffMe } from '../shell/staffMe';
import { AlertList } from './AlertList';
import { FleetTable } from './FleetTable';
import { TerminalDetail } from './TerminalDetail';
import type { FleetStateFilter, FleetTerminal } from './types';
import styles from './fleet.module.css';

const t = fr.fleet;

/**
 * "Parc de bornes": every terminal the person may see, live (the stream sends the whole list,
 * then the terminals that changed), with filters by agency and state, the alerts on top, and a
 * terminal's detail with IT's remote actions.
 */
export function FleetPage() {
  const me = useStaffMe();
  const [rows, setRows] = useState<ReadonlyMap<string, FleetTerminal> | null>(null);
  const [agency, setAgency] = useState('');
  const [state, setState] = useState<FleetStateFilter>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const live = useStaffEvents('/v1/staff/fleet/stream', (event) => {
    if (event.type !== 'terminals') return;
    const changed = event.data as FleetTerminal[];
    setRows((previous) => {
      const next = new Map(previous ?? []);
      for (const terminal of changed) next.set(terminal.id, terminal);
      return next;
    });
  });
  const all = useMemo(
    () =>
      [...(rows?.values() ?? [])].sort(
        (a, b) =>
          (a.agencyCode ?? '').localeCompare(b.agencyCode ?? '') || a.label.localeCompare(b.label),
      ),
    [rows],
  );
  const agencies = useMemo(
    () => [...new Set(all.map((r) => r.agencyCode).filter((c): c is string => c !== null))],
    [all],
  );
  const shown = all.filter(
    (r) =>
      (!agency || r.agencyCode === agency) &&
      (!state || (state === 'alert' ? r.alerts.length > 0 : r.state === state)),
  );
  const open = openId ? rows?.get(openId) : undefined;

  return (
    <div className={styles.page}>
      <p>{t.intro}</p>
      {me.role !== 'it' && <p className="fr-text--sm">{t.readOnly}</p>}
      <p className={`fr-text--sm ${styles.live}`} role="status">
        {live ? fr.live.connected : rows ? fr.live.reconnecting : t.loading}
      </p>
      <AlertList terminals={all} onOpen={setOpenId} />
      <fieldset className={`fr-fieldset ${styles.filters}`}>
        <legend className="fr-fieldset__legend">{t.filters}</legend>
        {me.role === 'it' && (
          <Select
            label={t.agency}
            nativeSelectProps={{ value: agency, onChange: (e) => setAgency(e.target.value) }}
          >
            <option value="">{t.allAgencies}</option>
            {agencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
        )}
        <Select
          label={t.state}
          nativeSelectProps={{
            value: state,
            onChange: (e) => setState(e.target.value as FleetStateFilter),
          }}
        >
          <option value="">{t.allStates}</option>
          <option value="online">{t.states.online}</option>
          <option value="offline">{t.states.offline}</option>
          <option value="out_of_service">{t.states.out_of_service}</option>
          <option value="alert">{t.withAlert}</option>
        </Select>
      </fieldset>
      <p className="fr-text--sm" aria-live="polite">
        {t.count(shown.length)}
      </p>
      <FleetTable terminals={shown} onOpen={setOpenId} />
      {open && (
        <TerminalDetail terminal={open} canAct={me.role === 'it'} onClose={() => setOpenId(null)} />
      )}
    </div>
  );
}
