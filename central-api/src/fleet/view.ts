/** What IT sees of each terminal: its state from the heartbeat's age, its health, its alerts. */
import type { Db } from '../db/open';

/** A terminal heartbeats every 60 s: three missed in a row and it is counted offline. */
export const ONLINE_WITHIN_SECONDS = 180;

export interface FleetThresholds {
  /** Alert when a terminal has been offline for longer than this. */
  offlineAlertMinutes: number;
  /** Alert when a terminal's oldest queued item is older than this. */
  queueAlertHours: number;
}

/** The server's alert thresholds: FLEET_OFFLINE_ALERT_MINUTES, FLEET_QUEUE_ALERT_HOURS. */
export function thresholdsFromEnv(env: NodeJS.ProcessEnv = process.env): FleetThresholds {
  const positive = (raw: string | undefined, fallback: number) => {
    const value = Number(raw);
    return raw && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    offlineAlertMinutes: positive(env.FLEET_OFFLINE_ALERT_MINUTES, 15),
    queueAlertHours: positive(env.FLEET_QUEUE_ALERT_HOURS, 4),
  };
}

export type TerminalState = 'online' | 'offline' | 'out_of_service';
export type FleetAlert =
  | { kind: 'offline'; minutes: number }
  | { kind: 'queue_old'; hours: number }
  | { kind: 'needs_attention'; count: number };

export interface TerminalStatus {
  id: string;
  label: string;
  agencyCode: string | null;
  state: TerminalState;
  online: boolean;
  lastSeenAt: string | null;
  heartbeatAgeSeconds: number | null;
  appVersion: string | null;
  uptimeSeconds: number | null;
  visitActive: boolean;
  outbox: { depth: number; oldestAgeSeconds: number | null; needingAttention: number } | null;
  devices: { scanner: string; printer: string; camera: string } | null;
  visitsToday: number | null;
  lastErrorCode: string | null;
  config: { requested: number; applied: number | null };
  outOfService: { requested: boolean; applied: boolean };
  pendingCommands: number;
  alerts: FleetAlert[];
}

interface Row {
  id: string;
  label: string;
  agency_code: string | null;
  last_seen_at: string | null;
  app_version: string | null;
  uptime_seconds: number | null;
  visit_active: number | null;
  outbox_depth: number | null;
  outbox_oldest_age_seconds: number | null;
  outbox_needing_attention: number | null;
  scanner_state: string | null;
  printer_state: string | null;
  camera_state: string | null;
  visits_today: number | null;
  last_error_code: string | null;
  config_version: number | null;
  config_version_requested: number;
  out_of_service: number;
  out_of_service_reported: number | null;
  pending: number;
}

const SELECT = `SELECT t.id, t.label, t.agency_code, t.last_seen_at, t.app_version, t.uptime_seconds,
  t.visit_active, t.outbox_depth, t.outbox_oldest_age_seconds, t.outbox_needing_attention,
  t.scanner_state, t.printer_state, t.camera_state, t.visits_today, t.last_error_code,
  t.config_version, t.config_version_requested, t.out_of_service, t.out_of_service_reported,
  (SELECT count(*) FROM terminal_commands c WHERE c.terminal_id = t.id AND c.done_at IS NULL)
    AS pending
  FROM terminals t`;

export function toStatus(row: Row, at: Date, thresholds: FleetThresholds): TerminalStatus {
  const age =
    row.last_seen_at === null
      ? null
      : Math.max(0, Math.round((at.getTime() - Date.parse(row.last_seen_at)) / 1000));
  const online = age !== null && age <= ONLINE_WITHIN_SECONDS;
  const alerts: FleetAlert[] = [];
  if (age !== null && age > thresholds.offlineAlertMinutes * 60) {
    alerts.push({ kind: 'offline', minutes: Math.floor(age / 60) });
  }
  const oldest = row.outbox_oldest_age_seconds;
  if (oldest !== null && oldest > thresholds.queueAlertHours * 3600) {
    alerts.push({ kind: 'queue_old', hours: Math.floor(oldest / 3600) });
  }
  if ((row.outbox_needing_attention ?? 0) > 0) {
    alerts.push({ kind: 'needs_attention', count: row.outbox_needing_attention ?? 0 });
  }
  return {
    id: row.id,
    label: row.label,
    agencyCode: row.agency_code,
    state: row.out_of_service ? 'out_of_service' : online ? 'online' : 'offline',
    online,
    lastSeenAt: row.last_seen_at,
    heartbeatAgeSeconds: age,
    appVersion: row.app_version,
    uptimeSeconds: row.uptime_seconds,
    visitActive: row.visit_active === 1,
    outbox:
      row.outbox_depth === null
        ? null
        : {
            depth: row.outbox_depth,
            oldestAgeSeconds: row.outbox_oldest_age_seconds,
            needingAttention: row.outbox_needing_attention ?? 0,
          },
    devices:
      row.scanner_state && row.printer_state && row.camera_state
        ? { scanner: row.scanner_state, printer: row.printer_state, camera: row.camera_state }
        : null,
    visitsToday: row.visits_today,
    lastErrorCode: row.last_error_code,
    config: { requested: row.config_version_requested, applied: row.config_version },
    outOfService: {
      requested: row.out_of_service === 1,
      applied: row.out_of_service_reported === 1,
    },
    pendingCommands: row.pending,
    alerts,
  };
}

export interface FleetFilter {
  /** Only these agencies; undefined: every agency. */
  agencyCode?: string;
  state?: TerminalState | 'alert';
  ids?: readonly string[];
}

export function listTerminals(
  db: Db,
  filter: FleetFilter,
  at: Date,
  thresholds: FleetThresholds,
): TerminalStatus[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.agencyCode) {
    where.push('t.agency_code = ?');
    params.push(filter.agencyCode);
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(`t.id IN (${filter.ids.map(() => '?').join(',')})`);
    params.push(...filter.ids);
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY t.agency_code, t.label`;
  const rows = db.prepare(sql).all(...params) as Row[];
  const all = rows.map((row) => toStatus(row, at, thresholds));
  const { state } = filter;
  if (!state) return all;
  return all.filter((t) => (state === 'alert' ? t.alerts.length > 0 : t.state === state));
}

export function configOf(db: Db, terminalId: string): unknown {
  const row = db.prepare('SELECT config_json FROM terminals WHERE id = ?').get(terminalId) as
    { config_json: string | null } | undefined;
  return row?.config_json ? (JSON.parse(row.config_json) as unknown) : {};
}
