import type { Db } from '../db/open';
import { ASSIST_TOPIC, type EventHub } from './events';

/** Where a help request stands, for the console and for the terminal that made it. */
export type AssistState = 'waiting' | 'taken' | 'closed' | 'cancelled';

/** A help request as staff see it: the terminal, the screen and times, never who the person is. */
export interface AssistView {
  requestId: string;
  terminalLabel: string;
  agencyCode: string | null;
  /** The kiosk's screen name (kebab case, e.g. "password-forgotten"). */
  screen: string;
  /** When the central API received it (its own clock: waiting times are counted from it). */
  receivedAt: string;
  state: AssistState;
  takenAt: string | null;
  takenBy: { identifiant: string; nom: string } | null;
  closedAt: string | null;
}

interface ViewRow {
  id: string;
  label: string;
  agency_code: string | null;
  screen: string;
  received_at: string;
  taken_at: string | null;
  closed_at: string | null;
  cancelled_at: string | null;
  staff_identifiant: string | null;
  staff_nom: string | null;
}

const SELECT = `
  SELECT r.id, t.label, t.agency_code, r.screen, r.received_at, r.taken_at, r.closed_at,
    r.cancelled_at, s.identifiant AS staff_identifiant, s.nom AS staff_nom
  FROM assist_requests r
  JOIN terminals t ON t.id = r.terminal_id
  LEFT JOIN staff_accounts s ON s.id = r.taken_by`;

const toView = (row: ViewRow): AssistView => ({
  requestId: row.id,
  terminalLabel: row.label,
  agencyCode: row.agency_code,
  screen: row.screen,
  receivedAt: row.received_at,
  state: row.cancelled_at
    ? 'cancelled'
    : row.closed_at
      ? 'closed'
      : row.taken_at
        ? 'taken'
        : 'waiting',
  takenAt: row.taken_at,
  takenBy:
    row.staff_identifiant && row.staff_nom
      ? { identifiant: row.staff_identifiant, nom: row.staff_nom }
      : null,
  closedAt: row.closed_at,
});

export function assistView(db: Db, requestId: string): AssistView | undefined {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(requestId) as ViewRow | undefined;
  return row && toView(row);
}

/**
 * A request nobody closed is not left on the list forever: after this long (the agency has
 * closed for the day) it no longer shows.
 */
export const OPEN_REQUEST_HOURS = 12;

/** Requests still open (neither closed nor withdrawn), oldest first. */
export function openAssistViews(db: Db, at: Date): AssistView[] {
  const since = new Date(at.getTime() - OPEN_REQUEST_HOURS * 3600_000).toISOString();
  return (
    db
      .prepare(
        `${SELECT} WHERE r.closed_at IS NULL AND r.cancelled_at IS NULL AND r.received_at > ?
         ORDER BY r.received_at`,
      )
      .all(since) as ViewRow[]
  ).map(toView);
}

/** Tells the live lists that a request changed (created, taken, closed, withdrawn). */
export function publishAssist(db: Db, events: EventHub, requestId: string): void {
  const view = assistView(db, requestId);
  if (view) events.publish(ASSIST_TOPIC, { type: 'assist-request', data: view });
}
